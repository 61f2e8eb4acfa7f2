/**
 * How long `useAccessToken` waits before asking the server for a fresh token: until 15 s before
 * expiry, or a quarter of a short token's lifetime. That is inside the core's default refresh
 * window (30 s, at most a third of the lifetime), so the server refreshes when asked.
 */
export function refreshDelayMs(expiresAt: number, now: number, lifetimeMs?: number): number {
  const buffer = Math.min(15_000, lifetimeMs ? lifetimeMs / 4 : 15_000);
  return Math.max(0, expiresAt - now - buffer);
}
