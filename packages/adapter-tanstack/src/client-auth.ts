import type { ClientAuthWithToken, SignedOutClientAuth } from '@workos/authkit-session/client';

/** The signed-in user as the browser may see it: the access token, no refresh token, no raw claims. */
export type ClientSignedInAuth = Extract<ClientAuthWithToken, { accessToken: string }>;

/** Signed out, as the browser sees it (the signed-in fields are optional `undefined`). */
export type ClientSignedOutAuth = SignedOutClientAuth & { accessToken?: undefined };

/** What `getAuth()` returns and `useAuth()` exposes. */
export type ClientAuth = ClientSignedInAuth | ClientSignedOutAuth;
