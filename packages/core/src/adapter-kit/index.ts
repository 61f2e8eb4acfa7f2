/**
 * `@workos/authkit-session/adapter`: building blocks for adapter authors (Fetch `Request`/`Response`
 * based routes and storage, cookie and header-bag tools, configuration plumbing), and the main
 * entry's session API without its synchronous SDK accessors (`getWorkOS()`,
 * `createWorkOSClient()`): nothing here loads `@workos-inc/node` until a service makes its first
 * WorkOS API call, so a request that only verifies a session never loads it. Apps use the main
 * entry; this one is for code that wires the core into a framework.
 */

export { ENV_VARS } from '../config/env.js';
export { resolveConfig } from '../config/resolve.js';
export { appendHeaderBag, mergeHeaderBags, setCookieLines } from '../cookies/header-bag.js';
export { cookieHeaderOf, parseCookieHeader, readCookie } from '../cookies/parse.js';
export { type SetCookie, serializeCookie } from '../cookies/serialize.js';
export { decodeClaims, isTokenExpiring } from '../jwt/claims.js';
export * from '../main.js';
export { sanitizeReturnPathname } from '../pkce/return-path.js';
export { authErrorCode, explainAuthProblem } from './auth-problem.js';
export {
  type CallbackRouteOptions,
  type CallbackSuccess,
  callbackErrorResponse,
  handleCallbackRequest,
} from './callback.js';
export { toClientAuth, toClientToken } from './client-auth.js';
export {
  type CookieHeaderSource,
  FetchSessionStorage,
  lazyFetchAuthService,
} from './fetch-service.js';
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
  setCookieOf,
  setCookiesOf,
  writeSetCookieLines,
} from './set-cookie.js';
export {
  type SignedOutResponseOptions,
  type SignInRedirectOptions,
  signedOutResponse,
  signInRedirect,
} from './sign-in-redirect.js';
export { type SignInSuccessFields, withSignInFields } from './success-fields.js';
