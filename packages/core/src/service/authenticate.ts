import { InvalidArgumentError, SessionEncryptionError } from '../errors.js';
import type { AuthResult } from '../types.js';
import type { WithAuthOptions, WithAuthResult } from './results.js';
import type { ServiceRuntime } from './runtime.js';

/** Checks a per-call `refreshBufferSeconds`: a finite number of seconds >= 0, or undefined. */
function checkBuffer(value: unknown): number | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
    return value;
  }
  throw new InvalidArgumentError(
    `refreshBufferSeconds must be a number of seconds >= 0 (got ${String(value)}).`,
  );
}

/**
 * `AuthService.withAuth`: reads the session cookie, answers from the verified-session cache when
 * it can, else validates it (refreshing when due, unless `refresh: false`) and returns the
 * headers that store a refreshed session or clear a dead one.
 */
export async function authenticate<TRequest>(
  { core, storage }: Pick<ServiceRuntime<TRequest, unknown>, 'core' | 'storage'>,
  request: TRequest,
  options: WithAuthOptions = {},
): Promise<WithAuthResult> {
  const refreshBufferSeconds = checkBuffer(options.refreshBufferSeconds);
  const read = await storage.readSession(request);
  if (!read.value) {
    if (!read.broken) return { auth: { user: null, reason: 'no_session' } };
    core.reportError(
      new SessionEncryptionError('The session cookie chunks are missing or mixed.'),
      'withAuth',
    );
    const names = await storage.getCookieNames(request);
    return {
      auth: { user: null, reason: 'invalid_session' },
      headers: storage.clearSessionHeaders(names),
    };
  }
  const refresh = options.refresh !== false;
  // With a per-call buffer the core checks the cached answer against it.
  const cached =
    refresh && refreshBufferSeconds !== undefined ? undefined : core.cachedValidation(read.value);
  const result =
    cached ??
    (refresh
      ? await core.validateAndRefresh(read.value, { refreshBufferSeconds })
      : await core.validateWithoutRefresh(read.value));
  if (result.kind === 'valid') return { auth: result.auth };
  const names = await storage.getCookieNames(request);
  if (result.kind === 'refreshed') {
    return {
      auth: result.auth,
      refreshedSessionData: result.encryptedSession,
      headers: storage.sessionCookieHeaders(result.encryptedSession, names),
    };
  }
  const auth: AuthResult = { user: null, reason: result.reason };
  return result.clearCookie ? { auth, headers: storage.clearSessionHeaders(names) } : { auth };
}
