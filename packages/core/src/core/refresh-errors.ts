import { AuthKitError, SessionRefreshError } from '../errors.js';

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

/** Longest cool-down a `Retry-After` may ask for, in seconds. */
export const MAX_REFRESH_COOLDOWN_SECONDS = 60;

/**
 * How long to wait before refreshing again after a non-terminal failure, in ms: `baseSeconds`,
 * lengthened (never shortened) by a `Retry-After` the SDK exposes (429), capped at 60 s.
 * 0 when `baseSeconds` is 0 (cool-down disabled).
 */
export function refreshCooldownMs(error: unknown, baseSeconds: number): number {
  if (!(baseSeconds > 0)) return 0;
  const retryAfter = (error as { retryAfter?: unknown } | null)?.retryAfter;
  const asked = typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? retryAfter : 0;
  return Math.min(Math.max(baseSeconds, asked), MAX_REFRESH_COOLDOWN_SECONDS) * 1000;
}

/**
 * The wait WorkOS asked for with a 429's `Retry-After`, in ms (capped at 60 s), or 0 when it
 * asked for none: an expired session waits this long before its next refresh attempt.
 */
export function retryAfterMs(error: unknown): number {
  const retryAfter = (error as { retryAfter?: unknown } | null)?.retryAfter;
  if (typeof retryAfter !== 'number' || !Number.isFinite(retryAfter) || retryAfter <= 0) return 0;
  return Math.min(retryAfter, MAX_REFRESH_COOLDOWN_SECONDS) * 1000;
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

/** A failed refresh-token exchange as the `SessionRefreshError` to throw. */
export function refreshFailure(
  error: unknown,
  context: { userId?: string; sessionId?: string },
): SessionRefreshError {
  const terminal = classifyRefreshFailure(error) === 'terminal';
  return new SessionRefreshError(
    terminal
      ? `The session has ended and cannot be refreshed (${describeWorkOSError(error)}). The user must sign in again.`
      : `Refreshing the session failed (${describeWorkOSError(error)}); the session was kept and will be retried.`,
    { terminal, cause: error, ...context },
  );
}

/** Any failure while validating a session, as an `AuthKitError` (unknown ones: transient refresh). */
export function asAuthKitError(error: unknown): AuthKitError {
  if (error instanceof AuthKitError) return error;
  return new SessionRefreshError('Unexpected failure while validating the session.', {
    terminal: false,
    cause: error,
  });
}
