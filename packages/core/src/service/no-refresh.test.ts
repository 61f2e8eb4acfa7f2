import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { sessionEncryption } from '../crypto/session-encryption.js';
import type { AuthKitError } from '../errors.js';
import {
  emulatorService,
  mintAgedSession,
  TEST_PASSWORD,
} from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { mintTestSession } from '../testing/mint.js';

const emulator = useTestEmulator();

const refreshCalls = () => emulator.calls({ grantType: 'refresh_token' }).length;

/** A cookie whose 300 s token was minted `ageSeconds` ago. */
async function agedCookie(ageSeconds: number) {
  const { request } = await mintAgedSession(emulator, ageSeconds);
  emulator.clearCalls();
  return request;
}

function serviceWithErrors() {
  const errors: AuthKitError[] = [];
  const service = emulatorService(emulator, { onError: (error) => errors.push(error) });
  return { service, errors };
}

describe('withAuth(request, { refresh: false })', () => {
  it('signs in with a token inside the refresh buffer and never calls the refresh endpoint', async () => {
    const request = await agedCookie(290);
    const { service } = serviceWithErrors();
    const result = await service.withAuth(request(), { refresh: false });
    expect(result.auth.user?.email).toBe('alice@example.com');
    expect(result.headers).toBeUndefined();
    expect(result.refreshedSessionData).toBeUndefined();
    expect(refreshCalls()).toBe(0);
    // The default still refreshes the same cookie proactively.
    const refreshed = await service.withAuth(request());
    expect(refreshed.refreshedSessionData).toBeDefined();
    expect(refreshCalls()).toBe(1);
  });

  it('signs an expired token out as session_expired without clearing the cookie', async () => {
    const request = await agedCookie(3600);
    const { service, errors } = serviceWithErrors();
    const result = await service.withAuth(request(), { refresh: false });
    expect(result.auth).toEqual({ user: null, reason: 'session_expired' });
    expect(result.headers).toBeUndefined();
    expect(refreshCalls()).toBe(0);
    expect(errors).toEqual([]);
    // The kept cookie still refreshes where cookies can be written.
    const later = await service.withAuth(request());
    expect(later.auth.user?.email).toBe('alice@example.com');
    expect(refreshCalls()).toBe(1);
  });

  it('signs a token with a forged signature out without refreshing or clearing', async () => {
    const minted = await mintTestSession({
      emulator,
      user: 'alice@example.com',
      cookiePassword: TEST_PASSWORD,
    });
    const [header, payload] = minted.accessToken.split('.');
    const forged = { ...minted.session, accessToken: `${header}.${payload}.AAAA` };
    const sealed = await sessionEncryption.sealData(forged, { password: TEST_PASSWORD });
    emulator.clearCalls();
    const { service, errors } = serviceWithErrors();
    const result = await service.withAuth(
      requestWithCookies('http://localhost:3000/', `wos-session=${sealed}`),
      { refresh: false },
    );
    expect(result.auth.user).toBeNull();
    expect(result.headers).toBeUndefined();
    expect(refreshCalls()).toBe(0);
    expect(errors.map((error) => error.code)).toEqual(['token_invalid']);
  });

  it('still clears a cookie that does not unseal', async () => {
    const { service } = serviceWithErrors();
    const result = await service.withAuth(
      requestWithCookies('http://localhost:3000/', 'wos-session=garbage'),
      { refresh: false },
    );
    expect(result.auth).toEqual({ user: null, reason: 'invalid_session' });
    expect(result.headers).toBeDefined();
    expect(refreshCalls()).toBe(0);
  });

  it('picks up a rotated signing key at once (one forced key-set reload), still without refreshing', async () => {
    const { service } = serviceWithErrors();
    const before = await service.withAuth((await agedCookie(10))(), { refresh: false });
    expect(before.auth.user?.email).toBe('alice@example.com');
    emulator.rotateSigningKey();
    const request = await agedCookie(10);
    const result = await service.withAuth(request(), { refresh: false });
    expect(result.auth.user?.email).toBe('alice@example.com');
    expect(refreshCalls()).toBe(0);
  });
});
