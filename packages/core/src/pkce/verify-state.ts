import type { SessionEncryption } from '../crypto/session-encryption.js';
import { OAuthStateMismatchError, PKCECookieMissingError } from '../errors.js';
import { getPKCECookieNameForState } from './cookie-name.js';
import {
  type CookieNamePrefix,
  flowIdFromState,
  type PendingSignIn,
  unsealPendingSignIn,
  verifierCookieName,
} from './flow.js';
import { isLegacySealedState, unsealLegacyState } from './legacy-state.js';
import { timingSafeEqual } from './random.js';

/**
 * The verifier cookie a callback `state` names: ours (`<flowId>.<nonce>`) or one a 0.7.x instance
 * issued (the sealed state itself), with the session cookie's `__Host-`/`__Secure-` `prefix`
 * (an unprefixed one, which a sibling subdomain could plant, is never read). Throws `OAuthStateMismatchError` for any other `state`.
 */
export function verifierCookieForState(
  state: string | null | undefined,
  prefix: CookieNamePrefix = '',
): string {
  const flowId = flowIdFromState(state);
  if (flowId) return verifierCookieName(flowId, prefix);
  if (typeof state === 'string' && isLegacySealedState(state)) {
    return getPKCECookieNameForState(state, prefix);
  }
  throw new OAuthStateMismatchError(
    'The callback `state` is missing or was not issued by this app. Start the sign-in again.',
  );
}

/**
 * Checks a callback `state` against its verifier cookie's value and unseals the pending sign-in.
 * Throws `OAuthStateMismatchError` (state not issued here, not this cookie's, or the cookie is
 * unreadable or expired) or `PKCECookieMissingError` (no cookie value).
 */
export async function verifyPendingSignIn(
  encryption: SessionEncryption,
  passwords: readonly string[],
  state: string | null | undefined,
  sealed: string | null | undefined,
): Promise<PendingSignIn> {
  verifierCookieForState(state);
  const url = state as string;
  if (!sealed) throw new PKCECookieMissingError();
  const legacy = !flowIdFromState(url);
  // A 0.7.x flow: the cookie must hold the very state of the URL, before anything is unsealed.
  if (legacy && !timingSafeEqual(sealed, url)) throw new OAuthStateMismatchError();
  let pending: PendingSignIn;
  try {
    pending = legacy
      ? await unsealLegacyState(encryption, passwords, sealed)
      : await unsealPendingSignIn(encryption, passwords, sealed);
  } catch {
    throw new OAuthStateMismatchError(
      'The sign-in verifier cookie is unreadable or expired. Start the sign-in again.',
    );
  }
  if (!timingSafeEqual(pending.state, url)) throw new OAuthStateMismatchError();
  return pending;
}
