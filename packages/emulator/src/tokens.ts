import { SignJWT } from 'jose';
import type { Impersonator } from './auth-store.js';
import type { OrganizationClaims } from './directory.js';
import { ulid } from './ids.js';
import type { SigningKey } from './keys.js';

/** What an access token is minted from. */
export interface AccessTokenInput {
  issuer: string;
  userId: string;
  sessionId: string;
  organizationId: string | null;
  claims: OrganizationClaims | undefined;
  impersonator: Impersonator | null;
  authTime: number;
  now: number;
  ttlSeconds: number;
}

/** A signed access token and its `exp` claim (epoch seconds). */
export interface MintedAccessToken {
  token: string;
  exp: number;
}

/**
 * The `exp` (epoch seconds) of a token minted at `nowMs` that lives `ttlSeconds`: rounded up, so
 * the token always has at least its full lifetime of real time (`exp - iat` is the TTL or TTL + 1).
 */
export function accessTokenExp(nowMs: number, ttlSeconds: number): number {
  return Math.ceil((nowMs + ttlSeconds * 1000) / 1000);
}

/** Signs an RS256 access token with WorkOS's claim set; empty optional arrays are omitted. */
export async function mintAccessToken(
  key: SigningKey,
  input: AccessTokenInput,
): Promise<MintedAccessToken> {
  const exp = accessTokenExp(input.now, input.ttlSeconds);
  const payload: Record<string, unknown> = {
    iss: input.issuer,
    sub: input.userId,
    sid: input.sessionId,
    jti: ulid(input.now),
    iat: Math.floor(input.now / 1000),
    exp,
    auth_time: Math.floor(input.authTime / 1000),
  };
  if (input.organizationId) payload.org_id = input.organizationId;
  const claims = input.claims;
  if (claims) {
    payload.role = claims.role;
    payload.roles = claims.roles;
    if (claims.permissions.length > 0) payload.permissions = claims.permissions;
    if (claims.entitlements.length > 0) payload.entitlements = claims.entitlements;
    if (claims.featureFlags.length > 0) payload.feature_flags = claims.featureFlags;
  }
  if (input.impersonator) payload.act = { sub: input.impersonator.email };
  const token = await new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .sign(key.privateKey);
  return { token, exp };
}
