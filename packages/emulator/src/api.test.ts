import { NotFoundException, UnauthorizedException } from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import { defaultIds } from './seed.js';
import { authorizeWithPkce, sdkFor, signInWithSdk } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

describe('users, organizations and memberships through the SDK', () => {
  it('gets a user, and 404s an unknown one', async () => {
    const workos = sdkFor(emulator);
    const alice = await workos.userManagement.getUser(defaultIds.alice);
    expect(alice).toMatchObject({
      email: 'alice@example.com',
      firstName: 'Alice',
      emailVerified: true,
    });
    await expect(workos.userManagement.getUser('user_missing')).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('lists users, filtered by email and organization', async () => {
    const workos = sdkFor(emulator);
    const all = await workos.userManagement.listUsers();
    expect(all.data.map((u) => u.email).sort()).toEqual(['alice@example.com', 'bob@example.com']);
    const globex = await workos.userManagement.listUsers({ organizationId: defaultIds.globex });
    expect(globex.data.map((u) => u.email)).toEqual(['alice@example.com']);
    const bob = await workos.userManagement.listUsers({ email: 'BOB@example.com' });
    expect(bob.data).toHaveLength(1);
  });

  it('gets an organization', async () => {
    const org = await sdkFor(emulator).organizations.getOrganization(defaultIds.globex);
    expect(org).toMatchObject({ id: defaultIds.globex, name: 'Globex' });
    expect(org.domains[0]?.domain).toBe('globex.example.com');
  });

  it('lists a user’s organization memberships with roles', async () => {
    const list = await sdkFor(emulator).userManagement.listOrganizationMemberships({
      userId: defaultIds.alice,
    });
    const rows = list.data.map((m) => [
      m.organizationId,
      m.organizationName,
      m.role.slug,
      m.status,
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [defaultIds.acme, 'Acme', 'admin', 'active'],
        [defaultIds.globex, 'Globex', 'member', 'active'],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('lists, paginates and revokes sessions', async () => {
    const workos = sdkFor(emulator);
    for (let i = 0; i < 3; i++) {
      const { code, codeVerifier } = await authorizeWithPkce(workos);
      await workos.userManagement.authenticateWithCode({
        clientId: emulator.clientId,
        code: code!,
        codeVerifier,
      });
    }
    const page = await workos.userManagement.listSessions(defaultIds.alice, { limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.listMetadata.after).toBe(page.data[1]!.id);
    expect(page.data[0]).toMatchObject({
      status: 'active',
      authMethod: 'password',
      userId: defaultIds.alice,
    });
    const rest = await workos.userManagement.listSessions(defaultIds.alice, {
      limit: 2,
      after: page.listMetadata.after!,
    });
    expect(rest.data).toHaveLength(1);
    expect(rest.listMetadata.after).toBeNull();
    const all = [...page.data, ...rest.data];
    expect(new Set(all.map((s) => s.id)).size).toBe(3);
    await workos.userManagement.revokeSession({ sessionId: all[0]!.id });
    const after = await workos.userManagement.listSessions(defaultIds.alice);
    expect(after.data.find((s) => s.id === all[0]!.id)?.status).toBe('revoked');
    expect(emulator.sessions().filter((s) => s.status === 'active')).toHaveLength(2);
  });
});

describe('wire rules', () => {
  it('requires the Bearer API key on private routes (401 JSON)', async () => {
    const wrong = sdkFor(emulator, { apiKey: 'sk_test_wrong' });
    await expect(wrong.userManagement.getUser(defaultIds.alice)).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
    const bare = await fetch(`${emulator.url}/user_management/users/${defaultIds.alice}`);
    expect(bare.status).toBe(401);
    expect(bare.headers.get('content-type')).toContain('application/json');
    expect(await bare.json()).toMatchObject({ message: expect.any(String) });
  });

  it('serves the JWKS without a key, with the active kid', async () => {
    const response = await fetch(emulator.jwksUrl);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.keys).toEqual([
      expect.objectContaining({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: emulator.kid }),
    ]);
    expect((await fetch(`${emulator.url}/sso/jwks/client_other`)).status).toBe(404);
  });

  it('answers unknown routes and methods with JSON and an X-Request-ID', async () => {
    const missing = await fetch(`${emulator.url}/nope`, {
      headers: { 'content-type': 'application/json' },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toMatch(/^req_/);
    expect(await missing.json()).toMatchObject({ message: expect.any(String) });
    const wrongMethod = await fetch(`${emulator.url}/user_management/authenticate`);
    expect(wrongMethod.status).toBe(405);
  });

  it('logout: 302 to an allowed return_to, 400 for others, 422 without session_id', async () => {
    const logout = (query: string) =>
      fetch(`${emulator.url}/user_management/sessions/logout?${query}`, { redirect: 'manual' });
    expect(
      (await logout('session_id=session_x&return_to=http%3A%2F%2F127.0.0.1%3A3001%2F')).status,
    ).toBe(302);
    expect(
      (await logout('session_id=session_x&return_to=https%3A%2F%2Fevil.example%2F')).status,
    ).toBe(400);
    expect((await logout('return_to=http%3A%2F%2Flocalhost%2F')).status).toBe(422);
    const noReturn = await logout('session_id=session_x');
    expect(noReturn.status).toBe(200);
    expect(await noReturn.json()).toEqual({ success: true });
  });

  it('records calls with grant types so tests can count refreshes', async () => {
    const workos = sdkFor(emulator);
    const auth = await signInWithSdk(workos);
    await workos.userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken: auth.refreshToken,
      organizationId: defaultIds.globex,
    });
    expect(emulator.calls({ grantType: 'refresh_token' })).toEqual([
      expect.objectContaining({ method: 'POST', status: 200, organizationId: defaultIds.globex }),
    ]);
    expect(emulator.calls({ path: '/user_management/authorize' })).toHaveLength(1);
    expect(emulator.calls().map((c) => c.path)).not.toContain('/health');
  });
});
