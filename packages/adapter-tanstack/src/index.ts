export {
  type AuthKitConfig,
  AuthKitError,
  type AuthResult,
  ConfigurationError,
  configure,
  getWorkOS,
  InvalidArgumentError,
  OAuthStateMismatchError,
  OrganizationSwitchError,
  PKCECookieMissingError,
  SessionRefreshError,
  type SignedInAuth,
  type SignedOutAuth,
  UsageError,
} from '@workos/authkit-session';
export { FetchSessionStorage as TanStackStartSessionStorage } from '@workos/authkit-session/adapter';
export {
  checkSessionAction,
  getAccessTokenAction,
  getAuthAction,
  getOrganizationAction,
  refreshAccessTokenAction,
  refreshAuthAction,
  switchToOrganizationAction,
} from './actions.js';
export { type AuthService, getAuthkit, getAuthService } from './auth-service.js';
export { getAuthorizationUrl, getSignInUrl, getSignUpUrl } from './auth-urls.js';
export {
  type CallbackSuccess,
  type CallbackSuccessData,
  callbackErrorPage,
  type HandleAuthSuccessData,
  type HandleCallbackOptions,
  handleCallbackRoute,
} from './callback.js';
export type { ClientAuth, ClientSignedInAuth, ClientSignedOutAuth } from './client-auth.js';
export {
  type AuthKitContext,
  getAuthFromContext,
  getAuthKitContext,
  getAuthKitContextOrNull,
} from './context.js';
export type { SignInUrlInput, SignOutInput, SwitchOrganizationInput } from './input.js';
export { type AuthKitMiddlewareOptions, authkitMiddleware, requireAuth } from './middleware.js';
export { applyHeaderBag } from './response-headers.js';
export {
  checkRecentAuth,
  getAuth,
  getSignOutUrl,
  signOut,
  switchToOrganization,
} from './server-functions.js';
export type {
  BaseTokenClaims,
  ClientUserInfo,
  CustomClaims,
  GetAuthURLOptions,
  Impersonator,
  NoUserInfo,
  OauthTokens,
  OrganizationInfo,
  Session,
  User,
  UserInfo,
} from './types.js';
