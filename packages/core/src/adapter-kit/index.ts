/** Server-side building blocks shared by the framework adapters (Fetch `Request`/`Response` based). */
export {
  type CallbackRouteOptions,
  type CallbackSuccess,
  callbackErrorResponse,
  handleCallbackRequest,
} from './callback.js';
export { toClientAuth, toClientToken } from './client-auth.js';
export { FetchSessionStorage, lazyFetchAuthService } from './fetch-service.js';
export {
  assertRequestOrigin,
  checkRequestOrigin,
  crossOriginResponse,
  type OriginCheckOptions,
  type OriginCheckRequest,
  type OriginHeaderSource,
} from './origin.js';
export { isApiRequest, matchesAny, pathPattern, signInRedirectStatus } from './paths.js';
export {
  markSessionResponse,
  NO_STORE,
  PRIVATE_NO_STORE,
  redirectResponse,
  withHeaderBag,
} from './respond.js';
export { absoluteReturnTo } from './return-to.js';
export {
  applySetCookieLines,
  type CookieStore,
  parseSetCookieLine,
  type SetCookieLine,
  writeSetCookieLines,
} from './set-cookie.js';
export {
  type SignInRedirectOptions,
  signedOutResponse,
  signInRedirect,
} from './sign-in-redirect.js';
