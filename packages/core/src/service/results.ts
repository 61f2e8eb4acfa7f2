/** The answers and options of `AuthService`'s methods. */
import type { HeaderBag, WriteResult } from '../cookies/header-bag.js';
import type {
  AuthenticationResponse,
  AuthResult,
  CustomClaims,
  Session,
  SignedInAuth,
} from '../types.js';

/** `withAuth`'s answer: the auth result plus headers to apply when the cookie must change. */
export interface WithAuthResult<TCustomClaims = CustomClaims> {
  auth: AuthResult<TCustomClaims>;
  /** The refreshed sealed session (already in `headers`); for adapters that save it themselves. */
  refreshedSessionData?: string;
  /** Set-Cookie (+ Cache-Control: no-store) when the session was refreshed or must be cleared. */
  headers?: HeaderBag;
}

/** Options of `AuthService.withAuth`. */
export interface WithAuthOptions {
  /**
   * `false` verifies the session without ever refreshing it, for places that cannot write cookies
   * (e.g. a server component render), where a rotated refresh token would be lost. A verified
   * token is signed in even inside the refresh buffer; an expired one (or one that does not
   * verify) is signed out with `session_expired` and NO cookie clear, so the proxy or a route
   * handler refreshes it on a later request. The key set may still be fetched; the refresh
   * endpoint never is. Default `true`.
   */
  refresh?: boolean;
  /**
   * Refresh the session when its access token expires within this many seconds, for this call
   * (e.g. one proxy), instead of the configured `refreshBufferSeconds`: lower or higher, `0`
   * refreshes only an expired token. Used as given (the configured buffer is capped at a third of
   * the token's lifetime; this one is not, so a buffer as long as the lifetime refreshes on every
   * call). Throws `InvalidArgumentError` unless a number >= 0.
   */
  refreshBufferSeconds?: number;
}

/** A refreshed or switched session with the headers that store it. */
export interface SessionUpdate {
  auth: SignedInAuth;
  session: Session;
  encryptedSession: string;
  headers: HeaderBag;
}

/** `handleCallback`'s answer. */
export type CallbackResult<TResponse> = {
  /** As in any write, exactly one of `response` and `headers` is set (0.7.x typed both). */
  response: TResponse | undefined;
  headers: HeaderBag | undefined;
  returnPathname: string;
  state: string | undefined;
  auth: SignedInAuth;
  authResponse: AuthenticationResponse;
  encryptedSession: string;
};

/** `saveSession(response, authenticationResponse)`'s answer. */
export type SavedSession<TResponse> = WriteResult<TResponse> & {
  auth: SignedInAuth;
  encryptedSession: string;
};

/** `signOut`'s answer. */
export type SignOutResult<TResponse> = WriteResult<TResponse> & { logoutUrl: string };

/** `signOut({ request })`'s answer: `logoutUrl`/`sessionId` are `null` when no session was found. */
export type RequestSignOutResult<TResponse> = WriteResult<TResponse> & {
  logoutUrl: string | null;
  sessionId: string | null;
};

/** Options of `signOut({ request, ... })`. */
export interface RequestSignOutOptions<TRequest, TResponse> {
  /** The request carrying the session cookie; its session id is read without checking expiry. */
  request: TRequest;
  /** Where WorkOS sends the browser after logout (absolute URL, allowed in the dashboard). */
  returnTo?: string;
  /** A response to write the cookie clear to (when the storage mutates responses). */
  response?: TResponse;
}

/** The answer of the sign-in URL builders. */
export type AuthorizationResult<TResponse> = WriteResult<TResponse> & {
  url: string;
  /** Name of the verifier cookie written for this flow. */
  cookieName: string;
};

/** The original package's name for {@link AuthorizationResult}. */
export type CreateAuthorizationResult<TResponse> = AuthorizationResult<TResponse>;
