import type { SignedInClientAuth, SignedOutClientAuth } from '@workos/authkit-session/client';

/**
 * The signed-in user as the browser may see it: no refresh token, no raw claims and no access
 * token (`useAccessToken()` fetches that on demand through the `getAccessToken` server function).
 */
export type ClientSignedInAuth = SignedInClientAuth;

/** Signed out, as the browser sees it. */
export type ClientSignedOutAuth = SignedOutClientAuth;

/** What `getAuth()` returns and `useAuth()` exposes. */
export type ClientAuth = ClientSignedInAuth | ClientSignedOutAuth;
