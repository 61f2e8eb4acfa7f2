import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { authorizeWithPkce, sdkFor } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/__emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function signIn() {
  const workos = sdkFor(emulator);
  const { code, codeVerifier } = await authorizeWithPkce(workos);
  return workos.userManagement.authenticateWithCode({
    clientId: emulator.clientId,
    code: code!,
    codeVerifier,
  });
}

describe('test controls over HTTP', () => {
  it('GET /health answers without a key', async () => {
    const response = await fetch(`${emulator.url}/health`);
    expect(await response.json()).toMatchObject({ status: 'ok', clientId: emulator.clientId });
  });

  it('changes settings, and reset restores them', async () => {
    expect(
      (await control('POST', '/settings', { accessTokenTtlSeconds: 2, refreshGraceSeconds: 5 }))
        .status,
    ).toBe(200);
    const auth = await signIn();
    const claims = decodeJwt(auth.accessToken);
    expect([2, 3]).toContain(claims.exp! - claims.iat!);
    expect((await control('GET', '')).body.settings).toMatchObject({ refreshGraceSeconds: 5 });
    await control('POST', '/reset');
    expect((await control('GET', '')).body.settings).toMatchObject({
      accessTokenTtlSeconds: 300,
      refreshGraceSeconds: 0,
    });
  });

  it('rejects bad settings with a 400 JSON', async () => {
    const bad = await control('POST', '/settings', { accessTokenTtlSeconds: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/accessTokenTtlSeconds/);
  });

  it('loads a seed, and rejects an inconsistent one listing every problem', async () => {
    const ok = await control('POST', '/seed', {
      users: [{ id: 'user_z', email: 'zed@example.com' }],
      organizations: [{ id: 'org_z', name: 'Zed Co', featureFlags: ['zed'] }],
      roles: [{ slug: 'owner', permissions: ['all'] }],
      memberships: [{ userId: 'user_z', organizationId: 'org_z', role: 'owner' }],
    });
    expect(ok.status).toBe(200);
    expect(emulator.users()).toEqual([
      { id: 'user_z', email: 'zed@example.com', organizations: [{ id: 'org_z', role: 'owner' }] },
    ]);
    const auth = await sdkFor(emulator).userManagement.authenticateWithCode({
      clientId: emulator.clientId,
      code: emulator.createAuthorizationCode({ user: 'zed@example.com' }),
    });
    expect(decodeJwt(auth.accessToken)).toMatchObject({
      org_id: 'org_z',
      role: 'owner',
      permissions: ['all'],
      feature_flags: ['zed'],
    });
    const bad = await control('POST', '/seed', {
      users: [{ id: 'u' }],
      memberships: [{ userId: 'x', organizationId: 'y', role: 'r' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/email[\s\S]*unknown userId[\s\S]*unknown organizationId/);
  });

  it('injects faults, lists and clears them', async () => {
    const auth = await signIn();
    await control('POST', '/faults', {
      path: '/user_management/authenticate',
      status: 502,
      times: 3,
    });
    expect((await control('GET', '/faults')).body.data).toEqual([
      expect.objectContaining({ status: 502, times: 3 }),
    ]);
    const refresh = () =>
      sdkFor(emulator).userManagement.authenticateWithRefreshToken({
        clientId: emulator.clientId,
        refreshToken: auth.refreshToken,
      });
    await expect(refresh()).rejects.toMatchObject({ status: 502 });
    await control('DELETE', '/faults');
    await expect(refresh()).resolves.toBeTruthy();
    expect((await control('POST', '/faults', { path: 'nope', status: 500 })).status).toBe(400);
  });

  it('exposes the call log filtered by path and grant type, and clears it', async () => {
    const auth = await signIn();
    await sdkFor(emulator).userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken: auth.refreshToken,
    });
    const refreshes = await control(
      'GET',
      '/calls?path=/user_management/authenticate&grant_type=refresh_token',
    );
    expect(refreshes.body.data).toHaveLength(1);
    await control('DELETE', '/calls');
    expect((await control('GET', '/calls')).body.data).toEqual([]);
  });

  it('lists and revokes sessions, rotates keys, impersonates and issues codes', async () => {
    const auth = await signIn();
    const sessions = (await control('GET', '/sessions')).body.data;
    expect(sessions).toHaveLength(1);
    expect((await control('POST', `/sessions/${sessions[0].id}/revoke`)).status).toBe(200);
    await expect(
      sdkFor(emulator).userManagement.authenticateWithRefreshToken({
        clientId: emulator.clientId,
        refreshToken: auth.refreshToken,
      }),
    ).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await control('POST', '/sessions/session_missing/revoke')).status).toBe(404);

    const rotated = await control('POST', '/keys/rotate');
    expect(rotated.body.kid).toBe(emulator.kid);
    const impersonated = await control('POST', '/impersonate', {
      user: 'bob@example.com',
      impersonatorEmail: 'ops@example.com',
    });
    expect(decodeJwt(impersonated.body.access_token).act).toEqual({ sub: 'ops@example.com' });
    const code = await control('POST', '/codes', { user: 'bob@example.com' });
    expect(code.body.code).toMatch(/^auth_code_/);
  });
});
