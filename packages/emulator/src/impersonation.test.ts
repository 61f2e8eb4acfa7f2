import { createRemoteJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { defaultIds } from './seed.js';
import { sdkFor } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

describe('impersonation', () => {
  it('starts an impersonated session with impersonator, act claim and Impersonation method', async () => {
    const auth = await emulator.impersonate({
      user: 'alice@example.com',
      impersonatorEmail: 'support@example.com',
      reason: 'debugging',
      organizationId: defaultIds.globex,
    });
    expect(auth.authentication_method).toBe('Impersonation');
    expect(auth.impersonator).toEqual({ email: 'support@example.com', reason: 'debugging' });
    const jwks = createRemoteJWKSet(new URL(emulator.jwksUrl));
    const { payload } = await jwtVerify(auth.access_token, jwks, { issuer: emulator.issuer });
    expect(payload).toMatchObject({
      act: { sub: 'support@example.com' },
      org_id: defaultIds.globex,
    });

    const workos = sdkFor(emulator);
    const refreshed = await workos.userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken: auth.refresh_token,
    });
    expect(refreshed.impersonator).toEqual({ email: 'support@example.com', reason: 'debugging' });
    expect(refreshed.authenticationMethod).toBe('Impersonation');
    const sessions = await workos.userManagement.listSessions(defaultIds.alice);
    expect(sessions.data[0]).toMatchObject({
      authMethod: 'impersonation',
      impersonator: { email: 'support@example.com', reason: 'debugging' },
    });
  });

  it('issues impersonation codes the SDK can exchange', async () => {
    const code = emulator.createAuthorizationCode({
      user: defaultIds.bob,
      impersonator: { email: 'support@example.com', reason: null },
    });
    const auth = await sdkFor(emulator).userManagement.authenticateWithCode({
      clientId: emulator.clientId,
      code,
    });
    expect(auth.authenticationMethod).toBe('Impersonation');
    expect(auth.impersonator).toEqual({ email: 'support@example.com', reason: null });
  });

  it('signs a user in directly, without impersonation', async () => {
    const auth = await emulator.signIn({ user: 'bob@example.com' });
    expect(auth).toMatchObject({
      authentication_method: 'Password',
      organization_id: defaultIds.acme,
    });
    expect(auth).not.toHaveProperty('impersonator');
    const { payload } = await jwtVerify(
      auth.access_token,
      createRemoteJWKSet(new URL(emulator.jwksUrl)),
    );
    expect(payload).toMatchObject({ sub: defaultIds.bob, role: 'member' });
    expect(payload).not.toHaveProperty('act');
  });

  it('refuses unknown users and non-member organizations', async () => {
    await expect(
      emulator.impersonate({ user: 'nobody@example.com', impersonatorEmail: 'a@example.com' }),
    ).rejects.toThrow(/Unknown user/);
    expect(() =>
      emulator.createAuthorizationCode({
        user: 'bob@example.com',
        organizationId: defaultIds.globex,
      }),
    ).toThrow(/not a member/);
  });
});
