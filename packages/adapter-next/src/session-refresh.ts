import type { AuthService } from '@workos/authkit-session';
import {
  type AuthResult,
  type HeaderBag,
  InvalidArgumentError,
  type SignedInAuth,
} from '@workos/authkit-session';
import { mergeHeaderBags } from '@workos/authkit-session/adapter';

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
 * session across concurrent requests). With `refreshBufferSeconds` larger than the configured
 * buffer, a token that expires within it is refreshed now too; if that proactive refresh fails
 * the still-valid token is kept, as the core does for its own buffer.
 */
export async function authenticateRequest(
  service: AuthService<Request, unknown>,
  request: Request,
  refreshBufferSeconds?: number,
): Promise<RequestAuthentication> {
  const result = await service.withAuth(request);
  const refreshed = result.refreshedSessionData !== undefined;
  const { auth } = result;
  if (!auth.user) {
    const failed = auth.reason === 'session_expired' || auth.reason === 'refresh_unavailable';
    return failed
      ? {
          auth,
          headers: result.headers,
          refreshed,
          refreshFailed: { terminal: auth.reason === 'session_expired' },
        }
      : { auth, headers: result.headers, refreshed };
  }
  if (refreshed || !expiresWithin(auth, refreshBufferSeconds)) {
    return { auth, headers: result.headers, refreshed };
  }
  try {
    const update = await service.refreshSession(auth, auth.organizationId);
    return {
      auth: update.auth,
      headers: mergeHeaderBags(result.headers, update.headers),
      refreshed: true,
    };
  } catch {
    return { auth, headers: result.headers, refreshed: false };
  }
}

function expiresWithin(auth: SignedInAuth, seconds: number | undefined): boolean {
  return seconds !== undefined && auth.claims.exp - Date.now() / 1000 < seconds;
}
