import type { AuthService } from '@workos/authkit-session';
import { type AuthResult, type HeaderBag, InvalidArgumentError } from '@workos/authkit-session';

/** What {@link authenticateRequest} found. */
export interface RequestAuthentication {
  auth: AuthResult;
  headers?: HeaderBag;
  /** The session was refreshed on this request. */
  refreshed: boolean;
  /** The cookie's session could not be refreshed (`terminal`: it has ended and was cleared). */
  refreshFailed?: { terminal: boolean };
}

/** Checks a `refreshBufferSeconds` option: an integer >= 0, or undefined. */
export function checkRefreshBuffer(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new InvalidArgumentError(
    `refreshBufferSeconds must be a whole number of seconds >= 0 (got ${String(value)}).`,
  );
}

/**
 * Authenticates a proxy request through the core (verify, refresh when due, one refresh per
 * session across concurrent requests). `refreshBufferSeconds` replaces the configured buffer for
 * this request, lower or higher (see the core's `WithAuthOptions.refreshBufferSeconds`).
 */
export async function authenticateRequest(
  service: AuthService<Request, unknown>,
  request: Request,
  refreshBufferSeconds?: number,
): Promise<RequestAuthentication> {
  const result = await service.withAuth(
    request,
    refreshBufferSeconds === undefined ? undefined : { refreshBufferSeconds },
  );
  const refreshed = result.refreshedSessionData !== undefined;
  const { auth } = result;
  if (auth.user || (auth.reason !== 'session_expired' && auth.reason !== 'refresh_unavailable')) {
    return { auth, headers: result.headers, refreshed };
  }
  return {
    auth,
    headers: result.headers,
    refreshed,
    refreshFailed: { terminal: auth.reason === 'session_expired' },
  };
}
