import { OauthException } from '@workos-inc/node';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { defaultIds } from './seed.js';
import { authorizeWithPkce, REDIRECT_URI, sdkFor, signInWithSdk } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator({ port: 0 });

async function signInAlice(organizationId?: string) {
  const workos = sdkFor(emulator);
  const auth = await signInWithSdk(workos, { organizationId });
  return { workos, auth };
}

/** The SDK's refresh-token grant, optionally switching organization. */
function refreshWith(
  workos: ReturnType<typeof sdkFor>,
  refreshToken: string,
  organizationId?: string,
) {
  return workos.userManagement.authenticateWithRefreshToken({
    clientId: emulator.clientId,
    refreshToken,
    ...(organizationId && { organizationId }),
  });
}

describe('the session lifecycle through the real SDK', () => {
  it('signs in with PKCE, verifies, refreshes, switches, rejects replays, revokes and logs out', async () => {
    const workos = sdkFor(emulator);
    const longState = 'x'.repeat(3800);
    const authorized = await authorizeWithPkce(workos, { state: longState });
    expect(authorized.status).toBe(302);
    expect(`${authorized.location.origin}${authorized.location.pathname}`).toBe(REDIRECT_URI);
    expect(authorized.state).toBe(longState);

    const auth = await workos.userManagement.authenticateWithCode({
      clientId: emulator.clientId,
      code: authorized.code!,
      codeVerifier: authorized.codeVerifier,
    });
    expect(auth.user.email).toBe('alice@example.com');
    expect(auth.organizationId).toBe(defaultIds.acme);
    expect(auth.authenticationMethod).toBe('Password');

    const jwks = createRemoteJWKSet(new URL(workos.userManagement.getJwksUrl(emulator.clientId)));
    const { payload, protectedHeader } = await jwtVerify(auth.accessToken, jwks, {
      issuer: emulator.issuer,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: emulator.kid });
    expect(payload).toMatchObject({
      sub: defaultIds.alice,
      org_id: defaultIds.acme,
      role: 'admin',
      roles: ['admin'],
      permissions: ['widgets:read', 'widgets:write', 'members:manage'],
      entitlements: ['audit-logs', 'sso'],
      feature_flags: ['new-dashboard'],
    });
    expect([300, 301]).toContain(payload.exp! - payload.iat!);
    const sid = payload.sid as string;

    const refreshed = await refreshWith(workos, auth.refreshToken);
    expect(refreshed.refreshToken).not.toBe(auth.refreshToken);
    const second = (await jwtVerify(refreshed.accessToken, jwks)).payload;
    expect(second.sid).toBe(sid);
    expect(second.jti).not.toBe(payload.jti);

    const switched = await refreshWith(workos, refreshed.refreshToken, defaultIds.globex);
    const third = (await jwtVerify(switched.accessToken, jwks)).payload;
    expect(third).toMatchObject({ sid, org_id: defaultIds.globex, role: 'member' });
    expect(third.permissions).toEqual(['widgets:read']);
    expect(switched.organizationId).toBe(defaultIds.globex);

    const replay = refreshWith(workos, refreshed.refreshToken);
    await expect(replay).rejects.toBeInstanceOf(OauthException);
    await expect(replay).rejects.toMatchObject({ error: 'invalid_grant', status: 400 });

    await workos.userManagement.revokeSession({ sessionId: sid });
    await expect(refreshWith(workos, switched.refreshToken)).rejects.toMatchObject({
      error: 'invalid_grant',
    });

    const logoutUrl = workos.userManagement.getLogoutUrl({
      sessionId: sid,
      returnTo: 'http://localhost:3000/',
    });
    const logout = await fetch(logoutUrl, { redirect: 'manual' });
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe('http://localhost:3000/');
  });

  it('rejects a switch to an organization the user does not belong to (bob → Globex)', async () => {
    const workos = sdkFor(emulator);
    const bob = await signInWithSdk(workos, {
      loginHint: 'bob@example.com',
    });
    await expect(refreshWith(workos, bob.refreshToken, defaultIds.globex)).rejects.toMatchObject({
      error: 'organization_membership_not_found',
    });
    const retry = await refreshWith(workos, bob.refreshToken);
    expect(retry.organizationId).toBe(defaultIds.acme);
  });

  it('accepts a replayed refresh token inside the grace window, returning the same successor', async () => {
    emulator.setRefreshGrace(10);
    const { workos, auth } = await signInAlice();
    const refresh = () => refreshWith(workos, auth.refreshToken);
    const [first, second] = await Promise.all([refresh(), refresh()]);
    expect(second.refreshToken).toBe(first.refreshToken);
    emulator.setClockOffset(11);
    await expect(refresh()).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects refresh after the session lifetime ends', async () => {
    emulator.setSessionTtl(60);
    const { workos, auth } = await signInAlice();
    emulator.setClockOffset(61);
    await expect(refreshWith(workos, auth.refreshToken)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    expect(emulator.sessions()[0]?.status).toBe('expired');
  });

  it('expires sessions idle for longer than the inactivity limit, counting from the last refresh', async () => {
    emulator.setSessionInactivity(100);
    const { workos, auth } = await signInAlice();
    emulator.setClockOffset(90);
    const refreshed = await refreshWith(workos, auth.refreshToken);
    emulator.setClockOffset(180);
    const again = await refreshWith(workos, refreshed.refreshToken);
    emulator.setClockOffset(281);
    await expect(refreshWith(workos, again.refreshToken)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    expect(emulator.sessions()[0]?.status).toBe('expired');
  });
});
