import { afterEach, describe, expect, it, vi } from 'vitest';
import { startJwksServer } from '../../test-support/jwks-server.js';
import { createTestSigningKey, signTestAccessToken } from '../testing/keys.js';
import { FORCED_RELOAD_INTERVAL_MS, TokenVerifier } from './verifier.js';

const ISSUER = 'https://api.workos.com/user_management/client_test';
const claims = { iss: ISSUER, sub: 'user_1', sid: 'session_1' };
const FROM_COOKIE = { reloadOnUnknownKey: true };

afterEach(() => {
  vi.useRealTimers();
});

type Rotating = Awaited<ReturnType<typeof startJwksServer>>;

/** Runs `body` against a verifier that has loaded the first key set, then stops its JWKS server. */
async function withRotatingKeys(
  body: (setup: { server: Rotating; verifier: TokenVerifier }) => Promise<void>,
): Promise<void> {
  const { server, verifier } = await rotatingSetup();
  try {
    await body({ server, verifier });
  } finally {
    await server.stop();
  }
}

/** Rotates the served key set to a new key and returns a token it signed. */
async function rotateToNextKey(server: Rotating): Promise<string> {
  const next = await createTestSigningKey('kid-next');
  server.setKeys(next.jwks);
  return signTestAccessToken(next, claims);
}

async function rotatingSetup() {
  const first = await createTestSigningKey('kid-first');
  const server = await startJwksServer(first.jwks);
  const verifier = new TokenVerifier({
    jwksUrl: server.url,
    issuer: [ISSUER],
    clockToleranceSeconds: 5,
  });
  expect((await verifier.verify(await signTestAccessToken(first, claims))).status).toBe('valid');
  expect(server.hits).toBe(1);
  return { server, verifier, first };
}

describe('signing-key rotation', () => {
  it('a token from an authentic cookie signed by a rotated-in key verifies at once (one reload)', () =>
    withRotatingKeys(async ({ server, verifier }) => {
      const token = await rotateToNextKey(server);
      expect((await verifier.verify(token)).status).toBe('invalid');
      expect(server.hits).toBe(1);
      expect((await verifier.verify(token, FROM_COOKIE)).status).toBe('valid');
      expect(server.hits).toBe(2);
      expect((await verifier.verify(token)).status).toBe('valid');
      expect(server.hits).toBe(2);
    }));

  it('forced reloads are rate-limited: a flood of unknown kids costs at most one fetch per interval', () =>
    withRotatingKeys(async ({ server, verifier }) => {
      const strangers = await Promise.all(
        [1, 2, 3].map(async (i) =>
          signTestAccessToken(await createTestSigningKey(`kid-x${i}`), claims),
        ),
      );
      for (let round = 0; round < 10; round++) {
        for (const token of strangers) {
          expect((await verifier.verify(token, FROM_COOKIE)).status).toBe('invalid');
        }
      }
      expect(server.hits).toBe(2);
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + FORCED_RELOAD_INTERVAL_MS + 1 });
      const token = await rotateToNextKey(server);
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => verifier.verify(token, FROM_COOKIE)),
      );
      expect(outcomes.map((o) => o.status)).toEqual(Array(20).fill('valid'));
      expect(server.hits).toBe(3);
    }));

  it('when the forced reload cannot fetch the keys, the token reads as unavailable, not invalid', () =>
    withRotatingKeys(async ({ server, verifier }) => {
      const next = await createTestSigningKey('kid-next');
      server.setStatus(503);
      const outcome = await verifier.verify(await signTestAccessToken(next, claims), FROM_COOKIE);
      expect(outcome.status).toBe('unavailable');
    }));
});
