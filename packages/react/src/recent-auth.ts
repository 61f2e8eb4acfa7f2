'use client';

import { InvalidArgumentError } from '@workos/authkit-session/client';
import { readTokenClaims } from './token-claims.js';
import { useAccessToken } from './use-access-token.js';

/** What `useRecentAuth()` returns. */
export type RecentAuthState =
  | { readonly loading: true; readonly authenticatedAt: undefined; readonly isStale: undefined }
  | { readonly loading: false; readonly authenticatedAt: null; readonly isStale: true }
  | { readonly loading: false; readonly authenticatedAt: Date; readonly isStale: boolean };

/**
 * How recently the user actively signed in (the token's `auth_time`), compared with `maxAge`
 * seconds. For the interface only (e.g. to offer a re-authentication before a sensitive form):
 * enforce recency on the server with `checkRecentAuth`. Without `auth_time` it reads as stale.
 */
export function useRecentAuth({ maxAge }: { maxAge: number }): RecentAuthState {
  if (typeof maxAge !== 'number' || !Number.isFinite(maxAge) || maxAge < 0) {
    throw new InvalidArgumentError(
      `useRecentAuth({ maxAge }) needs a number of seconds >= 0, got ${String(maxAge)}.`,
    );
  }
  const { accessToken, loading } = useAccessToken();
  if (loading) return { loading: true, authenticatedAt: undefined, isStale: undefined };
  const authTime = readTokenClaims(accessToken).auth_time;
  if (typeof authTime !== 'number' || !Number.isFinite(authTime)) {
    return { loading: false, authenticatedAt: null, isStale: true };
  }
  return {
    loading: false,
    authenticatedAt: new Date(authTime * 1000),
    isStale: Date.now() / 1000 - authTime > maxAge,
  };
}
