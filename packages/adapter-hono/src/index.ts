export { authkitFor, envFor } from './kit.js';
export { authkit, getAuth, getAuthKit, requireAuth, signedOutResponse } from './middleware.js';
export { defaultErrorPage } from './respond.js';
export {
  type AuthKitRoutePaths,
  authkitRoutes,
  callbackHandler,
  signInHandler,
  signOutHandler,
  signUpHandler,
  switchOrganizationHandler,
} from './routes.js';
export { HonoCookieSessionStorage } from './storage.js';
export type {
  AuthErrorRenderer,
  AuthKitEnv,
  AuthKitHandle,
  AuthKitHonoOptions,
  AuthKitVariables,
  AuthOperation,
  HonoAuthService,
  SignedInVariables,
} from './types.js';
