import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { AccessTokenClaims } from '../types.js';

/** What verifying an access token found. */
export type VerifyOutcome =
  | { status: 'valid'; claims: AccessTokenClaims }
  /** Signature, algorithm and issuer are fine; only the lifetime is over. */
  | { status: 'expired'; claims: AccessTokenClaims }
  | { status: 'invalid'; error: unknown }
  /** The key set could not be fetched (network, timeout, non-200): not the token's fault. */
  | { status: 'unavailable'; error: unknown };

/** Options for {@link TokenVerifier}. */
export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: readonly string[];
  clockToleranceSeconds: number;
}

const keySets = new Map<string, JWTVerifyGetKey>();

/** The process-wide remote key set for a JWKS URL (fetched lazily, cached and refreshed by jose). */
export function remoteKeySet(jwksUrl: string): JWTVerifyGetKey {
  let keySet = keySets.get(jwksUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(jwksUrl));
    keySets.set(jwksUrl, keySet);
  }
  return keySet;
}

const UNAVAILABLE_CODES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JOSE_GENERIC']);

function isUnavailable(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

/** Verifies WorkOS access tokens: RS256 only, issuer allow-list, small clock tolerance. */
export class TokenVerifier {
  private readonly keySet: JWTVerifyGetKey;

  constructor(private readonly options: TokenVerifierOptions) {
    this.keySet = remoteKeySet(options.jwksUrl);
  }

  /** Verifies `token` and classifies the result; never throws. */
  async verify(token: string): Promise<VerifyOutcome> {
    try {
      const { payload } = await jwtVerify(token, this.keySet, {
        algorithms: ['RS256'],
        issuer: [...this.options.issuer],
        clockTolerance: this.options.clockToleranceSeconds,
        requiredClaims: ['exp', 'iat', 'sub', 'sid'],
      });
      return { status: 'valid', claims: payload as AccessTokenClaims };
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'ERR_JWT_EXPIRED') {
        const payload = (error as { payload?: unknown }).payload;
        if (payload && typeof payload === 'object' && 'sid' in payload) {
          return { status: 'expired', claims: payload as AccessTokenClaims };
        }
        return { status: 'invalid', error };
      }
      if (isUnavailable(error)) return { status: 'unavailable', error };
      return { status: 'invalid', error };
    }
  }
}
