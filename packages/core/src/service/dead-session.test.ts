import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emulatorService, TEST_PASSWORD } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { mintTestSession } from '../testing/mint.js';

const emulator = useTestEmulator();
const refreshCalls = () => emulator.calls({ grantType: 'refresh_token' }).length;

async function agedSession(ageSeconds: number) {
  emulator.setClockOffset(-ageSeconds);
  const minted = await mintTestSession({
    emulator,
    user: 'alice@example.com',
    cookiePassword: TEST_PASSWORD,
  });
  emulator.setClockOffset(0);
  return minted;
}

const endedByWorkOS = (times: number) =>
  emulator.injectFault({
    path: '/user_management/authenticate',
    grantType: 'refresh_token',
    status: 400,
    times,
    body: { error: 'invalid_grant', error_description: 'Session has already ended.' },
  });

afterEach(() => {
  vi.useRealTimers();
});

/** `withAuth` on requests carrying a session `ageSeconds` old (`fault` injected first). */
async function replaying(ageSeconds: number, fault: () => void) {
  const service = emulatorService(emulator);
  const minted = await agedSession(ageSeconds);
  fault();
  return (options?: { refresh?: boolean }) =>
    service.withAuth(requestWithCookies('http://localhost:3000/', minted.cookieHeader), options);
}

describe('a dead session cookie replayed', () => {
  it('costs one WorkOS call, not one per request (terminal failures are remembered)', async () => {
    const withAuth = await replaying(400, () => endedByWorkOS(50));
    for (let i = 0; i < 20; i++) {
      const outcome = await withAuth();
      expect(outcome.auth).toEqual({ user: null, reason: 'session_expired' });
      expect(String(outcome.headers?.['Set-Cookie'])).toMatch(/^wos-session=;/);
    }
    expect(refreshCalls()).toBe(1);
    // Also without refreshing (render-time reads), the dead cookie reads as ended.
    const read = await withAuth({ refresh: false });
    expect(read.auth.user).toBeNull();
    expect(refreshCalls()).toBe(1);
  });

  it('a still-valid token whose refresh token is dead is not refreshed again until it expires', async () => {
    const withAuth = await replaying(285, () => endedByWorkOS(50));
    for (let i = 0; i < 5; i++) {
      const outcome = await withAuth();
      expect(outcome.auth.user?.email).toBe('alice@example.com');
    }
    expect(refreshCalls()).toBe(1);
  });

  it('a transient failure is not remembered as an ended session', async () => {
    const withAuth = await replaying(400, () =>
      emulator.injectFault({
        path: '/user_management/authenticate',
        grantType: 'refresh_token',
        status: 503,
        times: 1,
      }),
    );
    expect((await withAuth()).auth.user).toBeNull();
    expect((await withAuth()).auth.user?.email).toBe('alice@example.com');
  });
});

describe('seal lifetime', () => {
  it('a session seal expires with the cookie (cookieMaxAge), even though its token could be refreshed', async () => {
    const service = emulatorService(emulator, { cookieMaxAge: 3600 });
    const { core } = service.getRuntime();
    const minted = await agedSession(0);
    const session = await core.decryptSession(minted.cookieValue);
    const sealed = await core.encryptSession(session);
    await expect(core.decryptSession(sealed)).resolves.toMatchObject({ user: session.user });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3600_000 + 61_000 });
    await expect(core.decryptSession(sealed)).rejects.toMatchObject({
      code: 'session_encryption_failed',
    });
  });
});
