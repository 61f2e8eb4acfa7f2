import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { AccessTokenClaims } from '../types.js';

/** An RS256 key pair for tests, with its public JWKS document. */
export interface TestSigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** `{ keys: [publicJwk] }` — serve this at your test JWKS URL. */
  jwks: { keys: JWK[] };
}

/** Creates an RS256 key pair and its JWKS (serve `jwks` at `/sso/jwks/<clientId>`). */
export async function createTestSigningKey(kid = 'test-key-1'): Promise<TestSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  return {
    kid,
    privateKey,
    publicKey,
    jwks: { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] },
  };
}

/** Claims for {@link signTestAccessToken}; `exp`/`iat` default from `ttlSeconds`. */
export interface TestTokenClaims extends Partial<AccessTokenClaims> {
  sub: string;
  sid: string;
  iss: string;
}

/** Signs a WorkOS-shaped RS256 access token with a test key. */
export async function signTestAccessToken(
  key: Pick<TestSigningKey, 'kid' | 'privateKey'>,
  claims: TestTokenClaims,
  ttlSeconds = 300,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { exp, iat, ...rest } = claims;
  const issuedAt = iat ?? now;
  return new SignJWT({ jti: crypto.randomUUID(), ...rest })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(exp ?? issuedAt + ttlSeconds)
    .sign(key.privateKey);
}
