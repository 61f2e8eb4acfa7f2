/**
 * @workos/authkit-session/client — browser-safe helpers for adapters' client code: the
 * serializable auth types, the access-token refresh timing and the error classes. No dependencies,
 * no server code.
 */

// The error classes (no dependencies): client code throws and matches the same errors as the server.
export * from '../errors.js';
export {
  type AccessTokenSource,
  type AccessTokenSourceOptions,
  type AccessTokenState,
  createAccessTokenSource,
} from './access-token-source.js';
export { type AuthStore, type AuthStoreOptions, createAuthStore } from './auth-store.js';
export {
  accessTokenRefreshAt,
  accessTokenRefreshDelay,
  CLIENT_REFRESH_BUFFER_SECONDS,
  isAccessTokenDue,
  type RefreshDelayOptions,
  readTokenTimes,
  SAME_TOKEN_RETRY_MS,
} from './token-timing.js';
export type {
  ClientAccessToken,
  ClientAuth,
  ClientAuthWithToken,
  SignedInClientAuth,
  SignedOutClientAuth,
} from './types.js';
