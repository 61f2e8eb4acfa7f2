import { base64url, exportPKCS8, exportSPKI, importPKCS8, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JwksServer, startJwksServer } from '../../test-support/jwks-server.js';
import { createTestSigningKey, signTestAccessToken, type TestSigningKey } from '../testing/keys.js';
import { TokenVerifier } from './verifier.js';

const ISSUER = 'https://api.workos.com/user_management/client_test';
const claims = { iss: ISSUER, sub: 'user_1', sid: 'session_1' };
const now = () => Math.floor(Date.now() / 1000);

let key: TestSigningKey;
let otherKey: TestSigningKey;
let server: JwksServer;
let verifier: TokenVerifier;

beforeAll(async () => {
  key = await createTestSigningKey('kid-good');
  otherKey = await createTestSigningKey('kid-good');
  server = await startJwksServer(key.jwks);
  verifier = new TokenVerifier({ jwksUrl: server.url, issuer: [ISSUER], clockToleranceSeconds: 5 });
});
afterAll(() => server.stop());

/** A five-minute token for `user_1` from ISSUER, signed as given (what the verifier must refuse). */
function signAs(payload: object, alg: string, secret: CryptoKey | Uint8Array): Promise<string> {
  return new SignJWT({ ...payload })
    .setProtectedHeader({ alg, kid: key.kid })
    .setIssuer(ISSUER)
    .setSubject('user_1')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(secret);
}

function encodeSegment(value: unknown): string {
  return base64url.encode(new TextEncoder().encode(JSON.stringify(value)));
}

describe('TokenVerifier with real keys', () => {
  it('accepts an RS256 token from the JWKS with an allowed issuer', async () => {
    const token = await signTestAccessToken(key, claims);
    const outcome = await verifier.verify(token);
    expect(outcome.status).toBe('valid');
    if (outcome.status === 'valid') expect(outcome.claims.sid).toBe('session_1');
  });

  it('rejects alg "none"', async () => {
    const token = `${encodeSegment({ alg: 'none', kid: key.kid, typ: 'JWT' })}.${encodeSegment({
      ...claims,
      iat: now(),
      exp: now() + 300,
    })}.`;
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('rejects HS256 signed with the public key as the HMAC secret', async () => {
    const secret = new TextEncoder().encode(await exportSPKI(key.publicKey));
    const token = await signAs({ sid: 'session_1' }, 'HS256', secret);
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('rejects an unknown kid', async () => {
    const stranger = await createTestSigningKey('kid-unknown');
    const token = await signTestAccessToken(stranger, claims);
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('rejects a token signed by another key under the trusted kid', async () => {
    const token = await signTestAccessToken(otherKey, claims);
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('rejects a wrong issuer', async () => {
    const token = await signTestAccessToken(key, { ...claims, iss: 'https://evil.example.com' });
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('reports an expired token as expired (never valid)', async () => {
    const token = await signTestAccessToken(key, { ...claims, iat: now() - 400, exp: now() - 60 });
    const outcome = await verifier.verify(token);
    expect(outcome.status).toBe('expired');
  });

  it('tolerates a few seconds of clock skew', async () => {
    const token = await signTestAccessToken(key, { ...claims, iat: now() - 300, exp: now() - 2 });
    expect((await verifier.verify(token)).status).toBe('valid');
  });

  it('rejects a not-yet-valid token', async () => {
    const token = await signTestAccessToken(key, { ...claims, nbf: now() + 120 });
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('rejects RS384 even with the right key', async () => {
    const rs384Key = await importPKCS8(await exportPKCS8(key.privateKey), 'RS384');
    const token = await signAs({ sid: 'session_1' }, 'RS384', rs384Key);
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('rejects a token without a session id', async () => {
    const token = await signAs({}, 'RS256', key.privateKey);
    expect((await verifier.verify(token)).status).toBe('invalid');
  });

  it('rejects garbage', async () => {
    expect((await verifier.verify('not.a.jwt')).status).toBe('invalid');
    expect((await verifier.verify('')).status).toBe('invalid');
  });

  it('reports an unreachable key set as unavailable, not invalid', async () => {
    const broken = await startJwksServer(key.jwks);
    broken.setStatus(503);
    const token = await signTestAccessToken(key, claims);
    const brokenVerifier = new TokenVerifier({
      jwksUrl: broken.url,
      issuer: [ISSUER],
      clockToleranceSeconds: 5,
    });
    expect((await brokenVerifier.verify(token)).status).toBe('unavailable');
    await broken.stop();
    const gone = new TokenVerifier({
      jwksUrl: broken.url,
      issuer: [ISSUER],
      clockToleranceSeconds: 5,
    });
    expect((await gone.verify(token)).status).toBe('unavailable');
  });

  it('fetches the key set once per process for many verifications', async () => {
    const counted = await startJwksServer(key.jwks);
    const a = new TokenVerifier({
      jwksUrl: counted.url,
      issuer: [ISSUER],
      clockToleranceSeconds: 5,
    });
    const b = new TokenVerifier({
      jwksUrl: counted.url,
      issuer: [ISSUER],
      clockToleranceSeconds: 5,
    });
    const token = await signTestAccessToken(key, claims);
    for (let i = 0; i < 5; i++) {
      expect((await a.verify(token)).status).toBe('valid');
      expect((await b.verify(token)).status).toBe('valid');
    }
    expect(counted.hits).toBe(1);
    await counted.stop();
  });
});
