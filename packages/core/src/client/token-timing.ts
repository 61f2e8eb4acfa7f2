/**
 * Seconds before expiry at which the browser asks the server for a fresh access token. The
 * server refreshes when less than its `refreshBufferSeconds` (default 30 s, at most a third of
 * the token's lifetime) remain, so asking at 15 s (at most a quarter of the lifetime) lands well
 * inside that window even with a few seconds of clock skew between browser and server.
 */
export const CLIENT_REFRESH_BUFFER_SECONDS = 15;

/** The shortest wait before asking again when the server answered with the same token. */
export const SAME_TOKEN_RETRY_MS = 1000;

/** `exp` and `iat` (seconds) read from a JWT WITHOUT verifying it; `null` when unreadable. */
export function readTokenTimes(token: string): { exp: number; iat?: number } | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const claims = JSON.parse(json) as { exp?: unknown; iat?: unknown };
    if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return null;
    return typeof claims.iat === 'number'
      ? { exp: claims.exp, iat: claims.iat }
      : { exp: claims.exp };
  } catch {
    return null;
  }
}

/**
 * When (epoch ms) the browser should ask for a fresh token: {@link CLIENT_REFRESH_BUFFER_SECONDS}
 * before `exp`, or a quarter of the lifetime for short-lived tokens. `undefined` without `exp`.
 */
export function accessTokenRefreshAt(token: string): number | undefined {
  const times = readTokenTimes(token);
  if (!times) return undefined;
  const lifetime = times.iat !== undefined ? times.exp - times.iat : Number.POSITIVE_INFINITY;
  const buffer = Math.min(CLIENT_REFRESH_BUFFER_SECONDS, lifetime > 0 ? lifetime / 4 : 0);
  return (times.exp - buffer) * 1000;
}

/** Options of {@link accessTokenRefreshDelay}. */
export interface RefreshDelayOptions {
  /** The clock (epoch ms); default `Date.now()`. */
  now?: number;
  /** The token held before the last ask; equal to `token` means the server kept it (not due by its clock). */
  previousToken?: string;
}

/**
 * How long (ms, never negative) to wait before asking the server for a fresh token, or
 * `undefined` when the token has no readable `exp`. When the last ask returned the same token,
 * waits at least {@link SAME_TOKEN_RETRY_MS} so a skewed clock cannot cause a request loop.
 */
export function accessTokenRefreshDelay(
  token: string,
  options: RefreshDelayOptions = {},
): number | undefined {
  const due = accessTokenRefreshAt(token);
  if (due === undefined) return undefined;
  const delay = Math.max(0, due - (options.now ?? Date.now()));
  return options.previousToken === token ? Math.max(delay, SAME_TOKEN_RETRY_MS) : delay;
}

/** True when the token is past its refresh point (or unreadable) and should be fetched again first. */
export function isAccessTokenDue(token: string, now: number = Date.now()): boolean {
  const due = accessTokenRefreshAt(token);
  return due === undefined || due <= now;
}
