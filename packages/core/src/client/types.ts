import type { Impersonator, User } from '../types.js';

/** A signed-in user's auth as the browser may see it: no refresh token, no raw claims. */
export interface SignedInClientAuth {
  user: User;
  sessionId: string;
  organizationId?: string;
  role?: string;
  roles?: string[];
  permissions?: string[];
  entitlements?: string[];
  featureFlags?: string[];
  impersonator?: Impersonator;
}

/**
 * Signed out, as the browser sees it. The signed-in fields are present as optional `undefined`,
 * so `const { user, organizationId } = auth` compiles without narrowing first.
 */
export interface SignedOutClientAuth {
  user: null;
  sessionId?: undefined;
  organizationId?: undefined;
  role?: undefined;
  roles?: undefined;
  permissions?: undefined;
  entitlements?: undefined;
  featureFlags?: undefined;
  impersonator?: undefined;
}

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
