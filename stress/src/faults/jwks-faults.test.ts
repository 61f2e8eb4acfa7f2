import type { Emulator } from '@workos/authkit-emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../portable/support/sign-in.js';
import { browserWith, freshService, REFRESH_CALLS, startFaultEmulator, visit } from './harness.js';

let emulator: Emulator;
let jwksPath: string;
beforeAll(async () => {
  emulator = await startFaultEmulator();
  jwksPath = `/sso/jwks/${emulator.clientId}`;
});
afterAll(async () => {
  await emulator.stop();
});
beforeEach(() => {
  emulator.clearFaults();
  emulator.clearCalls();
  vi.useRealTimers();
});

const jwksCalls = () => emulator.calls({ path: jwksPath }).length;

describe('JWKS endpoint faults', () => {
  it('with keys cached, a JWKS outage does not stop new sessions from verifying', async () => {
    const { service } = freshService(emulator);
    expect((await visit(service, (await browserWith(emulator, 'valid')).jar)).signedIn).toBe(true);
    expect(jwksCalls()).toBe(1);
    emulator.injectFault({ path: jwksPath, status: 503, times: 1000 });
    for (const email of ['alice@example.com', 'bob@example.com', 'alice@example.com']) {
      const { jar } = await browserWith(emulator, 'valid', email);
      expect(await visit(service, jar)).toMatchObject({ signedIn: true, cleared: false });
    }
    expect(jwksCalls()).toBe(1);
  });

  it('with no keys cached, a JWKS outage answers "signed out for now" and keeps the cookie', async () => {
    const other = await startFaultEmulator();
    try {
      const path = `/sso/jwks/${other.clientId}`;
      const { service, errors } = freshService(other);
      const { jar } = await browserWith(other, 'valid');
      other.injectFault({ path, status: 503, times: 5 });
      const during = await visit(service, jar);
      expect(during).toMatchObject({
        signedIn: false,
        reason: 'refresh_unavailable',
        cleared: false,
      });
      expect(errors.map((e) => e.code)).toContain('token_invalid');
      other.clearFaults();
      expect(await visit(service, jar)).toMatchObject({ signedIn: true, cleared: false });
    } finally {
      await other.stop();
    }
  });

  it('forged tokens with unknown kids do not turn into a JWKS fetch per request', async () => {
    const { service } = freshService(emulator);
    await visit(service, (await browserWith(emulator, 'valid')).jar);
    const before = jwksCalls();
    const { sessionEncryption } = await import('@workos/authkit-session');
    const { TEST_COOKIE_PASSWORD } = await import('../portable/support/service.js');
    const { CookieJar } = await import('../portable/support/cookie-jar.js');
    const { minted } = await browserWith(emulator, 'valid');
    const [, payload, signature] = minted.accessToken.split('.');
    for (let i = 0; i < 50; i++) {
      const header = btoa(JSON.stringify({ alg: 'RS256', kid: `key_forged_${i}` })).replace(
        /=+$/,
        '',
      );
      const sealed = await sessionEncryption.sealData(
        {
          ...minted,
          sealed: undefined,
          accessToken: `${header}.${payload}.${signature}`,
          refreshToken: 'dead',
        },
        { password: TEST_COOKIE_PASSWORD },
      );
      const outcome = await visit(service, new CookieJar().apply([`wos-session=${sealed}`]));
      expect(outcome).toMatchObject({ signedIn: false, cleared: true });
    }
    expect(jwksCalls() - before).toBeLessThanOrEqual(1);
  });
});

describe('signing key rotation', () => {
  it('tokens signed by a rotated-in key verify after the key set is refetched', async () => {
    const { service } = freshService(emulator);
    const first = await signIn(service);
    expect((await visit(service, first.jar)).signedIn).toBe(true);
    const oldKid = emulator.kid;
    const before = jwksCalls();
    emulator.rotateSigningKey();
    expect(emulator.kid).not.toBe(oldKid);
    // The key set refetches on an unknown kid at most once per 30 s cool-down; step the clock past it.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    // A cookie this service has not cached (its own sign-ins are cached from the code exchange).
    const second = await browserWith(emulator, 'valid', 'bob@example.com');
    expect(await visit(service, second.jar)).toMatchObject({ signedIn: true });
    expect(await visit(service, first.jar)).toMatchObject({ signedIn: true });
    expect(jwksCalls() - before).toBe(1);
  });

  it("inside the key set's 30 s refetch cool-down, sign-in and the next request succeed at once: one forced key reload", async () => {
    // Own emulator: its own JWKS URL, so no other test's key reload counts against the limit.
    const other = await startFaultEmulator();
    try {
      const path = `/sso/jwks/${other.clientId}`;
      const { service } = freshService(other);
      const first = await signIn(service);
      expect((await visit(service, first.jar)).signedIn).toBe(true);
      other.clearCalls();
      other.rotateSigningKey();
      // The code exchange's token comes straight from WorkOS: decoded and checked, no key needed.
      const second = await signIn(service, 'bob@example.com');
      expect((await visit(service, second.jar)).signedIn).toBe(true);
      expect(other.calls({ path }).length).toBe(0);
      // A cookie this process has not seen yet, signed by the new key: one forced reload.
      const { jar } = await browserWith(other, 'valid', 'bob@example.com');
      expect(await visit(service, jar)).toMatchObject({
        signedIn: true,
        wroteSession: false,
        cleared: false,
      });
      expect(other.calls({ path }).length).toBe(1);
      expect(other.calls(REFRESH_CALLS).length).toBe(0);
    } finally {
      await other.stop();
    }
  });
});
