import { decodeClaims, nowSeconds } from '../jwt/claims.js';
import type { TokenVerifier, VerifyOptions, VerifyOutcome } from '../jwt/verifier.js';

/** Tokens read from an unsealed (so authentic) cookie were issued by WorkOS: reload keys for them. */
const FROM_SEALED_COOKIE: VerifyOptions = Object.freeze({ reloadOnUnknownKey: true });

/**
 * Verifies the access token of an authentic (unsealed) cookie. A token already past `exp` (beyond
 * the clock tolerance) is not signature-checked: it is refreshed either way with the cookie's
 * refresh token, which WorkOS checks, and its claims authorize nothing. That saves one RS256
 * verification per refresh.
 */
export function checkSealedToken(
  verifier: TokenVerifier,
  clockToleranceSeconds: number,
  token: string,
): Promise<VerifyOutcome> {
  const peek = decodeClaims(token);
  if (
    peek &&
    typeof peek.exp === 'number' &&
    typeof peek.sid === 'string' &&
    peek.sid !== '' &&
    peek.exp + clockToleranceSeconds < nowSeconds()
  ) {
    return Promise.resolve({ status: 'expired', claims: peek });
  }
  return verifier.verify(token, FROM_SEALED_COOKIE);
}
