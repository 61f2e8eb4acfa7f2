import type { Impersonator, User } from '@workos/authkit-session';

/** A signed-in user's auth as a client component sees it: everything but the tokens. */
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

/** The auth state a client component sees. */
export type ClientAuth = SignedInClientAuth | { user: null };

/** An access token and when it expires (epoch milliseconds). */
export interface ClientAccessToken {
  accessToken: string;
  expiresAt: number;
}
