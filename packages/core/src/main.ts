/**
 * The session API without the synchronous SDK accessors: everything of the main entry except
 * `getWorkOS()` and `createWorkOSClient()`, so importing it does not load `@workos-inc/node`
 * (services load it on their first API call). The main entry adds those two;
 * `@workos/authkit-session/adapter` re-exports this module with the adapter kit.
 */

export type { WorkOS } from '@workos-inc/node';
export type * from './client/types.js';
export type { WorkOSRef } from './client/workos-ref.js';
export {
  ConfigurationProvider,
  configure,
  getConfig,
  getConfigurationProvider,
  validateConfig,
} from './config/provider.js';
export type {
  AuthKitConfig,
  AuthKitErrorHook,
  CookieSameSite,
  ResolvedAuthKitConfig,
  ValueSource,
} from './config/types.js';
export type { HeaderBag, HeadersBag, WriteResult } from './cookies/header-bag.js';
export type { CookieOptions } from './cookies/serialize.js';
export {
  AuthKitCore,
  type RefreshedSession,
  type SessionValidation,
} from './core/auth-kit-core.js';
export { sessionFromAuth } from './core/build-auth.js';
export {
  type SealOptions,
  type SealPassword,
  type SessionEncryption,
  sessionEncryption,
} from './crypto/session-encryption.js';
export * from './errors.js';
export type { VerifyOptions, VerifyOutcome } from './jwt/verifier.js';
export { AuthOperations, type PreparedAuthorization } from './operations/auth-operations.js';
export { getPKCECookieNameForState } from './pkce/cookie-name.js';
export {
  type CookieNamePrefix,
  DEFAULT_MAX_PENDING_PKCE_COOKIES,
  isPKCEVerifierCookieName,
  PKCE_COOKIE_PREFIX,
  type StalePKCEVerifierOptions,
  selectStalePKCEVerifierCookieNames,
} from './pkce/flow.js';
export {
  API_KEY_CACHE_TTL_MS,
  API_KEY_NEGATIVE_CACHE_TTL_MS,
  type ApiKeyCredentialSource,
  type ApiKeyValidation,
  type M2MAccessTokenClaims,
  type ValidateApiKeyOptions,
} from './service/api-keys.js';
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
export type { BasicSessionStorage } from './session/basic-storage.js';
export {
  checkRecentAuth,
  type RecentAuthOptions,
  type RecentAuthResult,
  stepUpSignInOptions,
} from './session/recent-auth.js';
export {
  CookieSessionStorage,
  type CookieStorageConfig,
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
