/**
 * @workos/authkit-session — the runtime-agnostic WorkOS AuthKit session engine.
 * Request in, data + header bag out; Web standards only.
 */

export type { WorkOS } from '@workos-inc/node';
export * from './adapter-kit/index.js';
export type * from './client/types.js';
export { createWorkOSClient, getWorkOS } from './client/workos.js';
export { ENV_VARS, processEnvSource } from './config/env.js';
export {
  ConfigResolver,
  ConfigurationProvider,
  configure,
  getConfig,
  getConfigurationProvider,
  validateConfig,
} from './config/provider.js';
export { CONFIG_DEFAULTS, defaultIssuers, resolveConfig } from './config/resolve.js';
export type {
  AuthKitConfig,
  AuthKitErrorHook,
  CookieSameSite,
  ResolvedAuthKitConfig,
  ValueSource,
} from './config/types.js';
export {
  MAX_COOKIE_CHUNKS,
  MAX_COOKIE_VALUE_LENGTH,
} from './cookies/chunking.js';
export {
  appendHeaderBag,
  type HeaderBag,
  type HeadersBag,
  mergeHeaderBags,
  setCookieLines,
  type WriteResult,
} from './cookies/header-bag.js';
export { cookieHeaderOf, parseCookieHeader, readCookie } from './cookies/parse.js';
export { type CookieOptions, serializeCookie } from './cookies/serialize.js';
export {
  AuthKitCore,
  REFRESH_REUSE_MS,
  type RefreshedSession,
  type SessionValidation,
} from './core/auth-kit-core.js';
export { sessionFromAuth } from './core/build-auth.js';
export {
  IronSessionEncryption,
  type SealOptions,
  type SealPassword,
  type SessionEncryption,
  sessionEncryption,
} from './crypto/session-encryption.js';
export * from './errors.js';
export { decodeClaims, effectiveRefreshBuffer, isTokenExpiring } from './jwt/claims.js';
export {
  TokenVerifier,
  type TokenVerifierOptions,
  type VerifyOptions,
  type VerifyOutcome,
} from './jwt/verifier.js';
export { AuthOperations, type PreparedAuthorization } from './operations/auth-operations.js';
export { getPKCECookieNameForState } from './pkce/cookie-name.js';
export {
  type CookieNamePrefix,
  cookieNamePrefix,
  DEFAULT_MAX_PENDING_PKCE_COOKIES,
  isPKCEVerifierCookieName,
  MAX_PENDING_PKCE_BYTES,
  PKCE_COOKIE_MAX_AGE,
  PKCE_COOKIE_PREFIX,
  type StalePKCEVerifierOptions,
  selectStalePKCEVerifierCookieNames,
  verifierCookieName,
} from './pkce/flow.js';
export { sanitizeReturnPathname } from './pkce/return-path.js';
export {
  type AuthorizationResult,
  AuthService,
  type CallbackResult,
  type CreateAuthorizationResult,
  createAuthService,
  type RequestSignOutOptions,
  type RequestSignOutResult,
  type SavedSession,
  type SessionUpdate,
  type SignOutResult,
  type WithAuthOptions,
  type WithAuthResult,
} from './service/auth-service.js';
export type { CallbackParams } from './service/callback.js';
export type { AuthServiceOptions, ServiceRuntime } from './service/runtime.js';
export type {
  OrganizationSwitchResult,
  SignInRequiredReason,
  SwitchToOrganizationOptions,
} from './service/switch-to-organization.js';
export {
  checkRecentAuth,
  type RecentAuthOptions,
  type RecentAuthResult,
  stepUpSignInOptions,
} from './session/recent-auth.js';
export {
  CookieSessionStorage,
  type SessionStorage,
  type SessionWriteOptions,
} from './session/storage.js';
export type {
  AccessTokenClaims,
  AuthenticationResponse,
  AuthorizationOptions,
  AuthorizationPrompt,
  AuthResult,
  AuthUrlOptions,
  BaseTokenClaims,
  CustomClaims,
  GetAuthorizationUrlOptions,
  Impersonator,
  Organization,
  Session,
  SignedInAuth,
  SignedOutAuth,
  SignedOutReason,
  User,
} from './types.js';
