import { InvalidArgumentError } from '../errors.js';
import type { AuthorizationOptions, AuthResult, SignedInAuth } from '../types.js';

/** Options of {@link checkRecentAuth}. */
export interface RecentAuthOptions {
  /** How long ago, in seconds, the user may have last actively authenticated (integer >= 0). */
  maxAge: number;
}

/** {@link checkRecentAuth}'s answer. */
export type RecentAuthResult =
  | { readonly isStale: false; readonly authenticatedAt: Date }
  | { readonly isStale: true; readonly authenticatedAt: Date | null };

function checkMaxAge(maxAge: unknown): number {
  if (typeof maxAge === 'number' && Number.isInteger(maxAge) && maxAge >= 0) return maxAge;
  throw new InvalidArgumentError(
    `maxAge must be a whole number of seconds >= 0 (got ${String(maxAge)}).`,
  );
}

/**
 * How recently the user of a signed-in `auth` actively authenticated, from the verified access
 * token's `auth_time` claim. Stale when that was more than `maxAge` seconds ago (the boundary is
 * not stale), when the token has no `auth_time`, or when `auth` is signed out. Data only: it
 * never redirects. To re-authenticate, start a sign-in with {@link stepUpSignInOptions} (OIDC
 * `max_age`), e.g. `service.createSignIn(response, stepUpSignInOptions(auth, { maxAge }))`.
 * Throws `InvalidArgumentError` for a `maxAge` that is not an integer >= 0.
 */
export function checkRecentAuth(
  auth: AuthResult,
  options: RecentAuthOptions,
  now: number = Date.now(),
): RecentAuthResult {
  const maxAge = checkMaxAge(options?.maxAge);
  const authTime = auth.user ? auth.claims.auth_time : undefined;
  if (typeof authTime !== 'number' || !Number.isFinite(authTime)) {
    return { isStale: true, authenticatedAt: null };
  }
  const authenticatedAt = new Date(authTime * 1000);
  return now / 1000 - authTime > maxAge
    ? { isStale: true, authenticatedAt }
    : { isStale: false, authenticatedAt };
}

/**
 * Sign-in options that make WorkOS re-authenticate a signed-in user whose last sign-in is older
 * than `maxAge` seconds: `maxAge`, the user's email as `loginHint` and the current organization,
 * plus `returnPathname` when given. Pass them to `createSignIn`.
 */
export function stepUpSignInOptions(
  auth: SignedInAuth,
  options: RecentAuthOptions & { returnPathname?: string },
): Omit<AuthorizationOptions, 'request'> {
  const stepUp: Omit<AuthorizationOptions, 'request'> = {
    maxAge: checkMaxAge(options.maxAge),
    loginHint: auth.user.email,
  };
  if (auth.organizationId) stepUp.organizationId = auth.organizationId;
  if (options.returnPathname !== undefined) stepUp.returnPathname = options.returnPathname;
  return stepUp;
}
