/** How a failed WorkOS refresh call should be treated. */
export type RefreshFailureKind = 'terminal' | 'transient' | 'unknown';

const TRANSIENT_STATUSES = new Set([408, 429]);

/**
 * Terminal: the refresh token is dead (`invalid_grant`) or WorkOS demands a fresh sign-in.
 * Transient: network failures, timeouts, rate limits and 5xx. Anything else: unknown (kept).
 */
export function classifyRefreshFailure(error: unknown): RefreshFailureKind {
  if (!error || typeof error !== 'object') return 'unknown';
  const e = error as { name?: unknown; error?: unknown; status?: unknown };
  if (e.name === 'OauthException' && e.error === 'invalid_grant') return 'terminal';
  if (e.name === 'AuthenticationException') return 'terminal';
  if (error instanceof TypeError) return 'transient';
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status !== undefined && (TRANSIENT_STATUSES.has(status) || status >= 500)) return 'transient';
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return 'transient';
  return 'unknown';
}

/** A short, safe description of a WorkOS error for messages. */
export function describeWorkOSError(error: unknown): string {
  if (!error || typeof error !== 'object') return String(error);
  const e = error as { name?: string; status?: number; error?: string; message?: string };
  const parts = [e.name ?? 'Error'];
  if (e.status) parts.push(`status ${e.status}`);
  if (e.error) parts.push(e.error);
  else if (e.message) parts.push(e.message);
  return parts.join(': ');
}
