import { TokenValidationError } from '../errors.js';
import type { AccessTokenClaims } from '../types.js';
import { decodeClaims, nowSeconds } from './claims.js';

/** What an access token received from the WorkOS API must agree with. */
export interface IssuedTokenExpectations {
  userId: string | undefined;
  issuer: readonly string[];
  clockToleranceSeconds: number;
}

/**
 * The claims of an access token that WorkOS has just returned over the API channel (code
 * exchange, refresh). Such a token comes straight from WorkOS over the authenticated API call,
 * so its signature is not re-verified here (one RS256 verification saved per sign-in and
 * refresh); it is decoded and checked for consistency instead: a JWT whose `sub` is the user
 * WorkOS returned with it, a non-empty `sid`, an allowed `iss`, and an `exp` still in the future.
 * The signature is verified, as for every token, when the sealed cookie is next read.
 * Throws `TokenValidationError` naming the first mismatch.
 */
export function claimsOfIssuedToken(
  token: string,
  expected: IssuedTokenExpectations,
): AccessTokenClaims {
  const claims = decodeClaims(token);
  const problem = !claims
    ? 'is not a JWT'
    : typeof claims.sub !== 'string' || claims.sub === '' || claims.sub !== expected.userId
      ? 'belongs to a different user than the one WorkOS returned with it'
      : typeof claims.sid !== 'string' || claims.sid === ''
        ? 'has no session id (sid)'
        : typeof claims.iss !== 'string' || !expected.issuer.includes(claims.iss)
          ? `has an issuer (${String(claims.iss)}) that is not allowed here; check WORKOS_ISSUER / WORKOS_API_HOSTNAME`
          : typeof claims.iat !== 'number' || typeof claims.exp !== 'number'
            ? 'lacks iat or exp'
            : claims.exp + expected.clockToleranceSeconds <= nowSeconds()
              ? 'has already expired; check the system clock'
              : undefined;
  if (problem || !claims) {
    throw new TokenValidationError(`WorkOS returned an access token that ${problem}.`);
  }
  return claims;
}
