/** Seconds before expiry at which the browser asks for a fresh token: 30, or a third of a short lifetime. */
const EARLY_REFRESH_SECONDS = 30;

/**
 * When (epoch ms) a JWT should be refreshed, read from `exp`/`iat` without verifying it (the
 * server verified it). `undefined` when the token carries no readable `exp`.
 */
export function refreshDueAt(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))) as {
      exp?: unknown;
      iat?: unknown;
    };
    if (typeof claims.exp !== 'number') return undefined;
    const lifetime = typeof claims.iat === 'number' ? claims.exp - claims.iat : Infinity;
    return (claims.exp - Math.min(EARLY_REFRESH_SECONDS, lifetime / 3)) * 1000;
  } catch {
    return undefined;
  }
}
