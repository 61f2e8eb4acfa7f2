import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { sessionEncryption } from '../crypto/session-encryption.js';
import {
  emulatorService,
  mintAgedSession,
  TEST_PASSWORD,
} from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

describe('an expired access token in an authentic cookie', () => {
  it('is refreshed without a signature check (no key fetch), and the new session verifies', async () => {
    const minted = await mintAgedSession(emulator, 3600);
    emulator.clearCalls();
    const [header, payload] = minted.accessToken.split('.');
    const unsigned = { ...minted.session, accessToken: `${header}.${payload}.AAAA` };
    const sealed = await sessionEncryption.sealData(unsigned, { password: TEST_PASSWORD });
    const service = emulatorService(emulator);
    const request = (cookie: string) => requestWithCookies('http://localhost:3000/', cookie);
    const result = await service.withAuth(request(`wos-session=${sealed}`));
    expect(result.auth.user?.email).toBe('alice@example.com');
    expect(result.refreshedSessionData).toBeDefined();
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(1);
    expect(emulator.calls({ path: `/sso/jwks/${emulator.clientId}` })).toHaveLength(0);
    // A fresh service (no cache) verifies the refreshed cookie's token for real.
    const next = await emulatorService(emulator).withAuth(
      request(`wos-session=${result.refreshedSessionData}`),
    );
    expect(next.auth.user?.email).toBe('alice@example.com');
    expect(next.refreshedSessionData).toBeUndefined();
  });

  it('whose user does not match the session is still refused and cleared', async () => {
    const alice = await mintAgedSession(emulator, 3600);
    const bob = await mintAgedSession(emulator, 3600, 'bob@example.com');
    const mixed = { ...alice.session, accessToken: bob.accessToken };
    const sealed = await sessionEncryption.sealData(mixed, { password: TEST_PASSWORD });
    const result = await emulatorService(emulator).withAuth(
      requestWithCookies('http://localhost:3000/', `wos-session=${sealed}`),
    );
    expect(result.auth).toEqual({ user: null, reason: 'invalid_session' });
    expect(result.headers?.['Set-Cookie']).toBeDefined();
  });
});
