export type {
  AuthResult,
  ClientAuth,
  SignedInAuth,
  SignedOutAuth,
  User,
} from '@workos/authkit-session';
export {
  AuthKitError,
  configure,
  getWorkOS,
  NoSessionError,
  OrganizationSwitchError,
} from '@workos/authkit-session';
export { toClientAuth, toClientToken } from '@workos/authkit-session/adapter';
export {
  getSignInUrl,
  getSignOutUrl,
  getSignUpUrl,
  refreshSession,
  type SignInUrlOptions,
  type SignOutOptions,
  signOut,
  switchToOrganization,
  type WithAuthOptions,
  withAuth,
} from './auth.js';
export { type CallbackSuccess, type HandleAuthOptions, handleAuth } from './callback.js';
export { type AuthkitProxyOptions, authkitMiddleware, authkitProxy } from './proxy.js';
export { getAuthService } from './service.js';
