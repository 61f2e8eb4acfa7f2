import { describe, expect, it } from 'vitest';
import { defaultIds } from './seed.js';
import { authorizeWithPkce, sdkFor } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const cookiePassword = 'a-test-cookie-password-of-32-chars-or-more';
const emulator = useTestEmulator({ resetBeforeEach: false });

/** Signs in through `workos` with a sealed session and loads it with the SDK's helper. */
async function sealedSignIn(workos: ReturnType<typeof sdkFor>) {
  const { code, codeVerifier } = await authorizeWithPkce(workos);
  const auth = await workos.userManagement.authenticateWithCode({
    clientId: emulator.clientId,
    code: code!,
    codeVerifier,
    session: { sealSession: true, cookiePassword },
  });
  return workos.userManagement.loadSealedSession({
    sessionData: auth.sealedSession!,
    cookiePassword,
  });
}

describe("the SDK's own sealed-session helpers against the emulator", () => {
  it('authenticate (with issuer check), refresh into another org, logout URL, terminal failure after revoke', async () => {
    const workos = sdkFor(emulator, { issuer: emulator.issuer });
    const session = await sealedSignIn(workos);
    const checked = await session.authenticate();
    expect(checked).toMatchObject({
      authenticated: true,
      organizationId: defaultIds.acme,
      role: 'admin',
      permissions: ['widgets:read', 'widgets:write', 'members:manage'],
      entitlements: ['audit-logs', 'sso'],
      featureFlags: ['new-dashboard'],
    });

    const refreshed = await session.refresh({ organizationId: defaultIds.globex });
    expect(refreshed).toMatchObject({
      authenticated: true,
      organizationId: defaultIds.globex,
      role: 'member',
    });
    const next = workos.userManagement.loadSealedSession({
      sessionData: (refreshed as { sealedSession: string }).sealedSession,
      cookiePassword,
    });
    const logoutUrl = await next.getLogoutUrl({ returnTo: 'http://localhost:3000/' });
    expect(logoutUrl).toContain(
      `${emulator.url}/user_management/sessions/logout?session_id=session_`,
    );

    await fetch(logoutUrl, { redirect: 'manual' });
    const afterLogout = await next.refresh();
    expect(afterLogout).toMatchObject({ authenticated: false, reason: 'invalid_grant' });
  });

  it('reports a token from another issuer as invalid_jwt', async () => {
    const strict = sdkFor(emulator, {
      issuer: 'https://api.workos.com/user_management/client_emulator',
    });
    const result = await (await sealedSignIn(strict)).authenticate();
    expect(result).toMatchObject({ authenticated: false, reason: 'invalid_jwt' });
  });
});
