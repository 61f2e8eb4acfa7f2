import type { AuthKitCore, SessionValidation } from '../core/auth-kit-core.js';
import { buildSignedInAuth } from '../core/build-auth.js';
import { AuthKitError, SessionEncryptionError, TokenValidationError } from '../errors.js';
import type { Session } from '../types.js';

/**
 * Validates a sealed session cookie WITHOUT refreshing it: a verified token is signed in (even
 * inside the refresh buffer); anything a refresh could fix is signed out with the cookie kept, so
 * a place that can write cookies refreshes it later. Never calls WorkOS's authenticate endpoint
 * (the signing keys are still fetched when not cached). Never throws; failures go to `onError`.
 */
export async function validateWithoutRefresh(
  core: AuthKitCore,
  encryptedSession: string,
): Promise<SessionValidation> {
  const cached = core.cachedValidation(encryptedSession);
  if (cached) return cached;
  let session: Session;
  try {
    session = await core.decryptSession(encryptedSession);
  } catch (error) {
    const failure =
      error instanceof AuthKitError
        ? error
        : new SessionEncryptionError('The session cookie could not be unsealed.', error);
    core.reportError(failure, 'withAuth');
    return { kind: 'signed_out', reason: 'invalid_session', clearCookie: true };
  }
  const outcome = await core.verifyAccessToken(session.accessToken, { reloadOnUnknownKey: true });
  if ('claims' in outcome && outcome.claims.sub !== session.user.id) {
    core.reportError(
      new TokenValidationError('The access token belongs to a different user than the session.'),
      'withAuth',
    );
    return { kind: 'signed_out', reason: 'invalid_session', clearCookie: true };
  }
  if (outcome.status === 'valid') {
    return { kind: 'valid', auth: buildSignedInAuth(session, outcome.claims), session };
  }
  if (outcome.status === 'expired') {
    return { kind: 'signed_out', reason: 'session_expired', clearCookie: false };
  }
  core.reportError(
    new TokenValidationError(
      outcome.status === 'unavailable'
        ? 'The WorkOS signing keys could not be fetched.'
        : 'The session access token did not verify (not refreshed: refresh is off).',
      { cause: outcome.error, transient: outcome.status === 'unavailable' },
    ),
    'withAuth',
  );
  const reason = outcome.status === 'unavailable' ? 'refresh_unavailable' : 'session_expired';
  return { kind: 'signed_out', reason, clearCookie: false };
}
