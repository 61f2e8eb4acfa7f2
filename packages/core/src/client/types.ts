import type { SignedInAuth } from '../types.js';

/** A signed-in user's auth as the browser may see it: no tokens, no raw claims. */
export type SignedInClientAuth = Omit<SignedInAuth, 'accessToken' | 'refreshToken' | 'claims'>;

/**
 * Signed out, as the browser sees it. The signed-in fields are present as optional `undefined`,
 * so `const { user, organizationId } = auth` compiles without narrowing first.
 */
export type SignedOutClientAuth = { user: null } & {
  [K in Exclude<keyof SignedInClientAuth, 'user'>]?: undefined;
};

/** The auth state a client component sees (serializable, no tokens). */
export type ClientAuth = SignedInClientAuth | SignedOutClientAuth;

/** {@link ClientAuth} that also carries the (short-lived) access token when signed in. */
export type ClientAuthWithToken =
  | (SignedInClientAuth & { accessToken: string })
  | (SignedOutClientAuth & { accessToken?: undefined });

/** An access token and when it expires (epoch milliseconds). */
export interface ClientAccessToken {
  accessToken: string;
  expiresAt: number;
}
