/** How long before expiry `useAccessToken` refreshes: 60 s, or a third of a short token's lifetime. */
export function refreshDelayMs(expiresAt: number, now: number, lifetimeMs?: number): number {
  const buffer = Math.min(60_000, lifetimeMs ? lifetimeMs / 3 : 60_000);
  return Math.max(0, expiresAt - now - buffer);
}
