import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { defaultIds } from './seed.js';
import type { Seed } from './seed-types.js';
import { REDIRECT_URI, sdkFor } from './test-support/sdk.js';
import { SSO_ORG, seedWith } from './test-support/seeds.js';
import { useTestEmulator } from './testing/fixture.js';

const seed: Seed = seedWith({
  organizations: [SSO_ORG],
  memberships: [{ userId: defaultIds.bob, organizationId: 'org_01SSO', role: 'member' }],
  invitations: [
    {
      token: 'inv_globex_bob',
      email: 'bob@example.com',
      organizationId: defaultIds.globex,
      role: 'admin',
    },
  ],
});

const emulator = useTestEmulator({ seed });

/** Authorize through the SDK's URL builder (login_hint skips the page) and exchange the code. */
async function signInWith(options: Record<string, unknown>) {
  const workos = sdkFor(emulator);
  const { codeVerifier, codeChallenge } = await workos.pkce.generate();
  const url = workos.userManagement.getAuthorizationUrl({
    clientId: emulator.clientId,
    redirectUri: REDIRECT_URI,
    codeChallenge,
    codeChallengeMethod: 'S256',
    loginHint: 'bob@example.com',
    ...options,
  });
  const response = await fetch(url, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? 'http://invalid/');
  const code = location.searchParams.get('code');
  if (!code) return { status: response.status, location, auth: undefined };
  const auth = await workos.userManagement.authenticateWithCode({
    clientId: emulator.clientId,
    code,
    codeVerifier,
  });
  return { status: response.status, location, auth };
}

describe('authorize options', () => {
  it('mints auth_time at sign-in and keeps it across refreshes; max_age starts a fresh sign-in', async () => {
    const first = await signInWith({ provider: 'authkit' });
    const authTime = decodeJwt(first.auth!.accessToken).auth_time as number;
    emulator.setClockOffset(120);
    const refreshed = await sdkFor(emulator).userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken: first.auth!.refreshToken,
    });
    expect(decodeJwt(refreshed.accessToken).auth_time).toBe(authTime);
    const stepUp = await signInWith({ provider: 'authkit', maxAge: 0 });
    expect(decodeJwt(stepUp.auth!.accessToken).auth_time).toBeGreaterThanOrEqual(authTime + 120);
    expect(emulator.calls({ path: '/user_management/authorize' }).at(-1)?.query.max_age).toBe('0');
  });

  it('refuses a malformed max_age', async () => {
    const { status } = await signInWith({ provider: 'authkit', maxAge: -5 });
    expect(status).toBe(400);
  });

  it('signs in through an SSO connection: the organization is bound and the method is SSO', async () => {
    const { auth } = await signInWith({ connectionId: 'conn_01SSO' });
    expect(auth!.organizationId).toBe('org_01SSO');
    expect(auth!.authenticationMethod).toBe('SSO');
    expect(emulator.sessions()[0]).toMatchObject({ authMethod: 'sso' });
    // the SSO session may switch into the SSO-enforcing organization later
    const back = await sdkFor(emulator).userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken: auth!.refreshToken,
      organizationId: 'org_01SSO',
    });
    expect(back.organizationId).toBe('org_01SSO');
    expect((await signInWith({ connectionId: 'conn_unknown' })).status).toBe(400);
  });

  it('simulates a social provider', async () => {
    const { auth } = await signInWith({ provider: 'GoogleOAuth' });
    expect(auth!.authenticationMethod).toBe('GoogleOAuth');
    expect(emulator.sessions()[0]).toMatchObject({ authMethod: 'oauth' });
    expect((await signInWith({ provider: 'Nonsense' })).status).toBe(400);
  });

  it('accepts an invitation: membership with its role, organization bound, token spent', async () => {
    const { auth } = await signInWith({ provider: 'authkit', invitationToken: 'inv_globex_bob' });
    expect(auth!.organizationId).toBe(defaultIds.globex);
    expect(decodeJwt(auth!.accessToken).role).toBe('admin');
    const again = await signInWith({ provider: 'authkit', invitationToken: 'inv_globex_bob' });
    expect(again.status).toBe(400);
  });

  it('refuses an invitation for someone else', async () => {
    const { location } = await signInWith({
      provider: 'authkit',
      invitationToken: 'inv_globex_bob',
      loginHint: 'alice@example.com',
    });
    expect(location.searchParams.get('error')).toBe('invitation_cannot_be_used_for_email');
  });
});
