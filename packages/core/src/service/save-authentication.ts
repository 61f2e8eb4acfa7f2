import type { AuthenticationResponse } from '@workos-inc/node';
import type { AuthKitCore, RefreshedSession } from '../core/auth-kit-core.js';
import { InvalidArgumentError, TokenValidationError } from '../errors.js';

/** Tokens handed to `saveSession` came from WorkOS (the caller's SDK call): reload keys for them. */
const FROM_WORKOS = Object.freeze({ reloadOnUnknownKey: true });

function isAuthenticationResponse(value: unknown): value is AuthenticationResponse {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const user = v.user as Record<string, unknown> | null | undefined;
  return (
    typeof v.accessToken === 'string' &&
    v.accessToken !== '' &&
    typeof v.refreshToken === 'string' &&
    v.refreshToken !== '' &&
    !!user &&
    typeof user === 'object' &&
    typeof user.id === 'string'
  );
}

/**
 * Seals the session of an `AuthenticationResponse` that the caller got from the WorkOS SDK in a
 * custom flow (`authenticateWithPassword`, `authenticateWithMagicAuth`,
 * `authenticateWithEmailVerification`, `authenticateWithTotp`, …). Unlike the callback's code
 * exchange, the response passes through application code, so its access token is fully verified
 * (signature, RS256, issuer, expiry) and must belong to the response's user before anything is
 * sealed. Throws `InvalidArgumentError` for something that is not such a response, and
 * `TokenValidationError` when the token does not verify (`transient` when the signing keys could
 * not be fetched).
 */
export async function sealAuthentication(
  core: AuthKitCore,
  response: AuthenticationResponse,
): Promise<RefreshedSession> {
  if (!isAuthenticationResponse(response)) {
    throw new InvalidArgumentError(
      'saveSession needs the AuthenticationResponse the WorkOS SDK returned (accessToken, refreshToken and user), e.g. from userManagement.authenticateWithPassword().',
    );
  }
  const outcome = await core.verifyAccessToken(response.accessToken, FROM_WORKOS);
  if (outcome.status === 'unavailable') {
    throw new TokenValidationError(
      'The WorkOS signing keys could not be fetched to verify the new session; try again.',
      { cause: outcome.error, transient: true },
    );
  }
  if (outcome.status !== 'valid') {
    throw new TokenValidationError(
      outcome.status === 'expired'
        ? 'The access token of this authentication response has expired; authenticate again.'
        : 'The access token of this authentication response did not verify; pass the response the WorkOS SDK returned, unchanged.',
      outcome.status === 'invalid' ? { cause: outcome.error } : {},
    );
  }
  if (outcome.claims.sub !== response.user.id) {
    throw new TokenValidationError(
      'The access token of this authentication response belongs to a different user than its `user`.',
    );
  }
  return core.sessionFromAuthentication(response);
}
