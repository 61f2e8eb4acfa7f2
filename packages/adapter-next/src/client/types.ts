import type { Impersonator, User } from '@workos/authkit-session';

/** The auth state a client component sees: everything but the tokens. */
export type ClientAuth =
  | {
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
  | { user: null };

/** An access token and when it expires (epoch milliseconds). */
export interface ClientAccessToken {
  accessToken: string;
  expiresAt: number;
}
