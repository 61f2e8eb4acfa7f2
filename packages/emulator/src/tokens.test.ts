import fc from 'fast-check';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createSigningKey } from './keys.js';
import { accessTokenExp, mintAccessToken } from './tokens.js';

const key = createSigningKey();

function mintAt(now: number, ttlSeconds: number) {
  return mintAccessToken(key, {
    issuer: 'http://127.0.0.1/user_management/client_emulator',
    userId: 'user_01ALICE',
    sessionId: 'session_01',
    organizationId: null,
    claims: undefined,
    impersonator: null,
    authTime: now,
    now,
    ttlSeconds,
  });
}

describe('access-token expiry', () => {
  it('rounds exp up, so a token minted late in a second still lives its full TTL', () => {
    expect(accessTokenExp(10_000, 2)).toBe(12);
    expect(accessTokenExp(10_001, 2)).toBe(13);
    expect(accessTokenExp(10_900, 2)).toBe(13);
    expect(accessTokenExp(10_999, 1)).toBe(12);
  });

  it('gives every token at least its TTL and less than one second more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.integer({ min: 1, max: 86_400 }),
        (now, ttl) => {
          const expMs = accessTokenExp(now, ttl) * 1000;
          return expMs >= now + ttl * 1000 && expMs < now + ttl * 1000 + 1000;
        },
      ),
    );
  });

  it('mints iat rounded down and the exp it reports', async () => {
    const minted = await mintAt(1_700_000_000_900, 2);
    const claims = decodeJwt(minted.token);
    expect(claims.iat).toBe(1_700_000_000);
    expect(claims.exp).toBe(1_700_000_003);
    expect(minted.exp).toBe(claims.exp);
  });

  it('keeps exp - iat equal to the TTL when minted on a whole second', async () => {
    const claims = decodeJwt((await mintAt(1_700_000_000_000, 300)).token);
    expect(claims.exp! - claims.iat!).toBe(300);
  });
});
