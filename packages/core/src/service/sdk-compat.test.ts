import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { emulatorService, noRetryClient, TEST_PASSWORD } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

describe('cookies shared with the WorkOS SDK (same password)', () => {
  it('reads a session the SDK sealed (authenticateWithCode with sealSession)', async () => {
    const service = emulatorService(emulator);
    const client = noRetryClient(service.getConfig());
    const code = emulator.createAuthorizationCode({ user: 'bob@example.com' });
    const response = await client.userManagement.authenticateWithCode({
      clientId: emulator.clientId,
      code,
      session: { sealSession: true, cookiePassword: TEST_PASSWORD },
    });
    expect(response.sealedSession?.startsWith('Fe26.2*1*')).toBe(true);
    const cookie = `wos-session=${encodeURIComponent(response.sealedSession ?? '')}`;
    const { auth, headers } = await service.withAuth(
      requestWithCookies('http://localhost/', cookie),
    );
    expect(auth.user?.email).toBe('bob@example.com');
    expect(headers).toBeUndefined();
  });

  it('writes a session the SDK can load and authenticate', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    const client = service.getWorkOS();
    const sealed = client.userManagement.loadSealedSession({
      sessionData: result.encryptedSession,
      cookiePassword: TEST_PASSWORD,
    });
    const authenticated = await sealed.authenticate();
    expect(authenticated.authenticated).toBe(true);
    if (authenticated.authenticated) {
      expect(authenticated.user.email).toBe('alice@example.com');
      expect(authenticated.sessionId).toBe(result.auth.sessionId);
    }
  });
});
