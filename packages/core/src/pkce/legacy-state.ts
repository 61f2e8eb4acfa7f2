import type { SessionEncryption } from '../crypto/session-encryption.js';
import { SessionEncryptionError } from '../errors.js';
import { type PendingSignIn, PKCE_COOKIE_MAX_AGE } from './flow.js';
import { sanitizeReturnPathname } from './return-path.js';

/**
 * Sign-ins started on 0.7.x (rolling upgrade): there the URL `state` IS the sealed pending sign-in,
 * and the verifier cookie (named after its hash, see `getPKCECookieNameForState`) holds the same
 * string. Only the reading side is kept, for the 10 minutes such a flow can live.
 */

/** True when a callback `state` has the shape of a 0.7.x sealed state (an iron seal). */
export function isLegacySealedState(state: string): boolean {
  return state.startsWith('Fe26.2*') && state.length <= 8192;
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** Unseals a 0.7.x sealed state into a pending sign-in; throws `SessionEncryptionError`. */
export async function unsealLegacyState(
  encryption: SessionEncryption,
  passwords: readonly string[],
  sealed: string,
  now = Date.now(),
): Promise<PendingSignIn> {
  const data = await encryption.unsealData<Record<string, unknown>>(sealed, {
    password: passwords,
    ttl: PKCE_COOKIE_MAX_AGE,
  });
  if (
    !data ||
    typeof data !== 'object' ||
    typeof data.nonce !== 'string' ||
    typeof data.codeVerifier !== 'string' ||
    typeof data.issuedAt !== 'number' ||
    !optionalString(data.returnPathname) ||
    !optionalString(data.customState) ||
    !optionalString(data.redirectUri)
  ) {
    throw new SessionEncryptionError('The 0.7 sign-in state has an unexpected shape.');
  }
  if (now - data.issuedAt > PKCE_COOKIE_MAX_AGE * 1000 || data.issuedAt - now > 60_000) {
    throw new SessionEncryptionError('The 0.7 sign-in state has expired.');
  }
  const pending: PendingSignIn = {
    state: sealed,
    nonce: data.nonce,
    codeVerifier: data.codeVerifier,
    issuedAt: data.issuedAt,
  };
  if (typeof data.returnPathname === 'string') {
    pending.returnPathname = sanitizeReturnPathname(data.returnPathname);
  }
  if (typeof data.customState === 'string') pending.customState = data.customState;
  if (typeof data.redirectUri === 'string') pending.redirectUri = data.redirectUri;
  return pending;
}
