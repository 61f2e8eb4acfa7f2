export type {
  AuthResult,
  ClientAuth,
  SignedInAuth,
  SignedOutAuth,
  User,
} from '@workos/authkit-session';
export {
  AuthKitError,
  CallbackError,
  type CallbackErrorCode,
  configure,
  getWorkOS,
  NoSessionError,
  OrganizationSwitchError,
  TokenRefreshError,
  validateConfig,
} from '@workos/authkit-session';
export { toClientAuth, toClientToken } from '@workos/authkit-session/adapter';
export {
  getSignInUrl,
  getSignOutUrl,
  getSignUpUrl,
  type RefreshSessionOptions,
  refreshSession,
  type SignInUrlOptions,
  type SignOutOptions,
  signOut,
  type WithAuthOptions,
  withAuth,
} from './auth.js';
export { authkit } from './authkit.js';
export {
  type CallbackSuccess,
  type HandleAuthOptions,
  type HandleAuthSuccess,
  handleAuth,
} from './callback.js';
export {
  type AuthkitProxyOptions,
  type AuthkitProxyOptions as AuthkitMiddlewareOptions,
  authkitMiddleware,
  authkitProxy,
} from './proxy.js';
export {
  AUTHKIT_REQUEST_HEADERS,
  type AuthkitHeadersResult,
  type AuthkitRedirectStatus,
  type AuthkitRequestHeader,
  applyResponseHeaders,
  type HandleAuthkitHeadersOptions,
  handleAuthkitHeaders,
  handleAuthkitProxy,
  isAuthkitRequestHeader,
  partitionAuthkitHeaders,
} from './proxy-headers.js';
export { getAuthService } from './service.js';
export {
  checkRecentAuth,
  getFeatureFlagsRuntimeClient,
  getTokenClaims,
  saveSession,
  validateApiKey,
} from './session-tools.js';
export { type GetAuthURLResult, type State, StateSchema } from './state.js';
export { switchToOrganization } from './switch-organization.js';
export type {
  AccessToken,
  AuthkitMiddlewareAuth,
  AuthkitOptions,
  AuthkitResponse,
  CallbackErrorContext,
  CookieOptions,
  GetAuthURLOptions,
  HandleAuthSuccessData,
  Impersonator,
  NoUserInfo,
  Session,
  SwitchToOrganizationOptions,
  UserInfo,
} from './types.js';
