import type { AccessTokenClaims } from '../types.js';
import { decodeJsonSegment } from '../util/base64url.js';

/** Decodes a token's claims WITHOUT verifying it; `null` when it is not a JWT. */
export function decodeClaims(token: string): AccessTokenClaims | null {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3) return null;
  return decodeJsonSegment(parts[1] as string) as AccessTokenClaims | null;
}

/**
 * The refresh-ahead buffer for a token: the configured buffer, but at most a third of the
 * token's lifetime, so very short-lived tokens are not refreshed on every request.
 */
export function effectiveRefreshBuffer(
  claims: Pick<AccessTokenClaims, 'exp' | 'iat'>,
  bufferSeconds: number,
): number {
  const lifetime = claims.exp - claims.iat;
  if (!Number.isFinite(lifetime) || lifetime <= 0) return bufferSeconds;
  return Math.min(bufferSeconds, lifetime / 3);
}

/** Seconds since the epoch. */
export const nowSeconds = () => Date.now() / 1000;

/**
 * True when a verified token expires within `bufferSeconds`: capped by
 * {@link effectiveRefreshBuffer} (the configured buffer), or as given (`capped: false`).
 */
export function refreshDue(
  claims: Pick<AccessTokenClaims, 'exp' | 'iat'>,
  bufferSeconds: number,
  capped = true,
): boolean {
  const buffer = capped ? effectiveRefreshBuffer(claims, bufferSeconds) : bufferSeconds;
  return claims.exp - nowSeconds() <= buffer;
}

/**
 * True when `token` expires within `bufferSeconds` (or already has, or cannot be decoded).
 * Does not verify the signature: use it only to decide when to refresh.
 */
export function isTokenExpiring(token: string, bufferSeconds = 10): boolean {
  const claims = decodeClaims(token);
  if (!claims || typeof claims.exp !== 'number') return true;
  return claims.exp - nowSeconds() <= bufferSeconds;
}
