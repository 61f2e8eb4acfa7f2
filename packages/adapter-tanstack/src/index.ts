export {
  type AuthKitConfig,
  AuthKitError,
  type AuthResult,
  configure,
  FetchSessionStorage as TanStackStartSessionStorage,
  getWorkOS,
  type SignedInAuth,
  type SignedOutAuth,
  type User,
} from '@workos/authkit-session';
export { getAuthService } from './auth-service.js';
export {
  type CallbackSuccess,
  callbackErrorPage,
  type HandleCallbackOptions,
  handleCallbackRoute,
} from './callback.js';
export type { ClientAuth, ClientSignedInAuth, ClientSignedOutAuth } from './client-auth.js';
export { getAuthFromContext } from './context.js';
export type { SignInUrlInput, SignOutInput, SwitchOrganizationInput } from './input.js';
export { authkitMiddleware, requireAuth } from './middleware.js';
export { applyHeaderBag } from './response-headers.js';
export {
  getAccessToken,
  getAuth,
  getSignInUrl,
  getSignUpUrl,
  signOut,
  switchToOrganization,
} from './server-functions.js';
