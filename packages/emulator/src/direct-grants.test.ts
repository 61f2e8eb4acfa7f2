import { AuthenticationException, GenericServerException, OauthException } from '@workos-inc/node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { defaultCredentials, defaultIds } from './seed.js';
import type { Seed } from './seed-types.js';
import { sdkFor } from './test-support/sdk.js';
import { ERIN, SECURE_ORG, SSO_ORG, seedWith } from './test-support/seeds.js';
import { useTestEmulator } from './testing/fixture.js';
import { totpCode } from './totp.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const seed: Seed = seedWith({
  users: [
    { id: 'user_01CAROL', email: 'carol@example.com', password: 'carol-pw', emailVerified: false },
    { id: 'user_01DAVE', email: 'dave@example.com', password: 'dave-pw', totpSecret: SECRET },
    ERIN,
    { id: 'user_01FRANK', email: 'frank@example.com', password: 'frank-pw' },
  ],
  organizations: [SECURE_ORG, SSO_ORG],
  memberships: [
    { userId: ERIN.id, organizationId: 'org_01SECURE', role: 'member' },
    { userId: 'user_01FRANK', organizationId: 'org_01SSO', role: 'member' },
    { userId: defaultIds.bob, organizationId: 'org_01SSO', role: 'member', status: 'inactive' },
  ],
});

const emulator = useTestEmulator({ seed });

const clientId = () => emulator.clientId;

function passwordSignIn(email: string, password: string, invitationToken?: string) {
  return sdkFor(emulator).userManagement.authenticateWithPassword({
    clientId: clientId(),
    email,
    password,
    ...(invitationToken && { invitationToken }),
  });
}

async function authError(promise: Promise<unknown>): Promise<AuthenticationException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthenticationException);
  return error as AuthenticationException;
}

describe('password grant', () => {
  it('signs in a single-organization user with a fresh auth_time', async () => {
    const before = Math.floor(Date.now() / 1000);
    const auth = await passwordSignIn('bob@example.com', defaultCredentials.bobPassword);
    expect(auth.user.email).toBe('bob@example.com');
    expect(auth.organizationId).toBe(defaultIds.acme);
    expect(auth.authenticationMethod).toBe('Password');
    const claims = decodeJwt(auth.accessToken);
    expect(claims.org_id).toBe(defaultIds.acme);
    expect(claims.auth_time).toBeGreaterThanOrEqual(before);
    expect(emulator.sessions()[0]).toMatchObject({ authMethod: 'password' });
  });

  it('rejects a wrong password with invalid_credentials', async () => {
    const attempt = passwordSignIn('bob@example.com', 'nope');
    await expect(attempt).rejects.toBeInstanceOf(GenericServerException);
    await expect(attempt).rejects.toMatchObject({ status: 400, code: 'invalid_credentials' });
  });

  it('asks a user with several organizations to pick one, then finishes with the pick', async () => {
    const workos = sdkFor(emulator);
    const error = await authError(
      passwordSignIn('alice@example.com', defaultCredentials.alicePassword),
    );
    expect(error.code).toBe('organization_selection_required');
    expect(error.rawData.organizations?.map((o) => o.name)).toEqual(['Acme', 'Globex']);
    const auth = await workos.userManagement.authenticateWithOrganizationSelection({
      clientId: clientId(),
      pendingAuthenticationToken: error.pendingAuthenticationToken!,
      organizationId: defaultIds.globex,
    });
    expect(auth.organizationId).toBe(defaultIds.globex);
    expect(decodeJwt(auth.accessToken).role).toBe('member');
    // the pending token is single use
    await expect(
      workos.userManagement.authenticateWithOrganizationSelection({
        clientId: clientId(),
        pendingAuthenticationToken: error.pendingAuthenticationToken!,
        organizationId: defaultIds.acme,
      }),
    ).rejects.toMatchObject({ code: 'invalid_pending_authentication_token' });
  });

  it('refuses an organization the user is not a member of at selection', async () => {
    const workos = sdkFor(emulator);
    const error = await authError(
      passwordSignIn('alice@example.com', defaultCredentials.alicePassword),
    );
    await expect(
      workos.userManagement.authenticateWithOrganizationSelection({
        clientId: clientId(),
        pendingAuthenticationToken: error.pendingAuthenticationToken!,
        organizationId: 'org_01SSO',
      }),
    ).rejects.toMatchObject({ error: 'organization_membership_not_found' });
  });
});

describe('email verification', () => {
  it('answers email_verification_required, emails a code, and the code finishes the sign-in', async () => {
    const workos = sdkFor(emulator);
    const error = await authError(passwordSignIn('carol@example.com', 'carol-pw'));
    expect(error.code).toBe('email_verification_required');
    expect(error.status).toBe(403);
    const verification = await workos.userManagement.getEmailVerification(
      error.rawData.email_verification_id as string,
    );
    expect(verification.email).toBe('carol@example.com');
    const code = emulator.lastCode('carol@example.com', 'email_verification')!;
    expect(verification.code).toBe(code);
    await expect(
      workos.userManagement.authenticateWithEmailVerification({
        clientId: clientId(),
        code: code === '000000' ? '111111' : '000000',
        pendingAuthenticationToken: error.pendingAuthenticationToken!,
      }),
    ).rejects.toMatchObject({ code: 'invalid_one_time_code' });
    const auth = await workos.userManagement.authenticateWithEmailVerification({
      clientId: clientId(),
      code,
      pendingAuthenticationToken: error.pendingAuthenticationToken!,
    });
    expect(auth.user.emailVerified).toBe(true);
    expect(auth.organizationId).toBeNull();
  });

  it('creates a user with a password, sends and confirms a verification email', async () => {
    const workos = sdkFor(emulator);
    const user = await workos.userManagement.createUser({
      email: 'new@example.com',
      password: 'new-pw',
      firstName: 'New',
    });
    expect(user).toMatchObject({
      email: 'new@example.com',
      emailVerified: false,
      firstName: 'New',
    });
    await expect(
      workos.userManagement.createUser({ email: 'new@example.com' }),
    ).rejects.toMatchObject({
      status: 409,
    });
    const sent = await workos.userManagement.sendVerificationEmail({ userId: user.id });
    expect(sent.user.id).toBe(user.id);
    const code = emulator.lastCode('new@example.com')!;
    const verified = await workos.userManagement.verifyEmail({ userId: user.id, code });
    expect(verified.user.emailVerified).toBe(true);
    const auth = await passwordSignIn('new@example.com', 'new-pw');
    expect(auth.user.id).toBe(user.id);
  });
});

describe('magic auth', () => {
  it('signs in with the emailed code, once', async () => {
    const workos = sdkFor(emulator);
    const magic = await workos.userManagement.createMagicAuth({ email: 'bob@example.com' });
    expect(magic.userId).toBe(defaultIds.bob);
    expect(emulator.outbox({ to: 'bob@example.com' })).toMatchObject([
      { kind: 'magic_auth', code: magic.code, id: magic.id },
    ]);
    const auth = await workos.userManagement.authenticateWithMagicAuth({
      clientId: clientId(),
      email: 'bob@example.com',
      code: magic.code,
    });
    expect(auth.authenticationMethod).toBe('MagicAuth');
    expect(emulator.sessions()[0]).toMatchObject({ authMethod: 'magic_code' });
    await expect(
      workos.userManagement.authenticateWithMagicAuth({
        clientId: clientId(),
        email: 'bob@example.com',
        code: magic.code,
      }),
    ).rejects.toMatchObject({ code: 'invalid_one_time_code' });
  });

  it('signs up an unknown address and verifies it', async () => {
    const workos = sdkFor(emulator);
    const magic = await workos.userManagement.createMagicAuth({ email: 'zoe@example.com' });
    const auth = await workos.userManagement.authenticateWithMagicAuth({
      clientId: clientId(),
      email: 'zoe@example.com',
      code: magic.code,
    });
    expect(auth.user).toMatchObject({ email: 'zoe@example.com', emailVerified: true });
  });
});

describe('TOTP MFA', () => {
  it('challenges a user with a factor and accepts the authenticator code', async () => {
    const workos = sdkFor(emulator);
    const error = await authError(passwordSignIn('dave@example.com', 'dave-pw'));
    expect(error.code).toBe('mfa_challenge');
    const factors = error.rawData.authentication_factors as { id: string; type: string }[];
    expect(factors).toMatchObject([{ type: 'totp' }]);
    const challenge = await workos.multiFactorAuth.challengeFactor({
      authenticationFactorId: factors[0]!.id,
    });
    await expect(
      workos.userManagement.authenticateWithTotp({
        clientId: clientId(),
        code: '000000' === totpCode(SECRET) ? '111111' : '000000',
        authenticationChallengeId: challenge.id,
        pendingAuthenticationToken: error.pendingAuthenticationToken!,
      }),
    ).rejects.toMatchObject({ code: 'invalid_one_time_code' });
    const auth = await workos.userManagement.authenticateWithTotp({
      clientId: clientId(),
      code: totpCode(SECRET),
      authenticationChallengeId: challenge.id,
      pendingAuthenticationToken: error.pendingAuthenticationToken!,
    });
    expect(auth.user.email).toBe('dave@example.com');
    expect(emulator.sessions()[0]).toMatchObject({ authMethod: 'password', mfaVerified: true });
  });

  it('asks for enrolment in an MFA organization, then enrols and verifies', async () => {
    const workos = sdkFor(emulator);
    const error = await authError(passwordSignIn('erin@example.com', 'erin-pw'));
    expect(error.code).toBe('mfa_enrollment');
    const { authenticationFactor, authenticationChallenge } =
      await workos.multiFactorAuth.createUserAuthFactor({ userId: 'user_01ERIN', type: 'totp' });
    const secret = authenticationFactor.totp.secret;
    expect(authenticationFactor.totp.uri).toContain(`secret=${secret}`);
    const auth = await workos.userManagement.authenticateWithTotp({
      clientId: clientId(),
      code: totpCode(secret),
      authenticationChallengeId: authenticationChallenge.id,
      pendingAuthenticationToken: error.pendingAuthenticationToken!,
    });
    expect(auth.organizationId).toBe('org_01SECURE');
  });

  it('verifies a challenge through the MFA API', async () => {
    const workos = sdkFor(emulator);
    const { factorId, secret } = emulator.enrollTotp('bob@example.com');
    const challenge = await workos.multiFactorAuth.challengeFactor({
      authenticationFactorId: factorId,
    });
    const verified = await workos.multiFactorAuth.verifyChallenge({
      authenticationChallengeId: challenge.id,
      code: totpCode(secret),
    });
    expect(verified.valid).toBe(true);
  });
});

describe('organization policies', () => {
  it('answers sso_required for a password sign-in into an SSO organization', async () => {
    const error = await authError(passwordSignIn('frank@example.com', 'frank-pw'));
    expect(error.code).toBe('sso_required');
    expect(error.rawData).toMatchObject({
      connection_ids: ['conn_01SSO'],
      email: 'frank@example.com',
    });
  });

  it('answers sso_required and mfa_enrollment when a session switches to such an organization', async () => {
    const seedWithSwitch: Seed = {
      ...seed,
      memberships: [
        ...(seed.memberships ?? []),
        { userId: defaultIds.alice, organizationId: 'org_01SSO', role: 'member' },
        { userId: defaultIds.alice, organizationId: 'org_01SECURE', role: 'member' },
      ],
    };
    emulator.reset(seedWithSwitch);
    const workos = sdkFor(emulator);
    const signedIn = await emulator.signIn({
      user: 'alice@example.com',
      organizationId: defaultIds.acme,
    });
    const switchTo = (organizationId: string) =>
      workos.userManagement.authenticateWithRefreshToken({
        clientId: clientId(),
        refreshToken: signedIn.refresh_token,
        organizationId,
      });
    expect((await authError(switchTo('org_01SSO'))).code).toBe('sso_required');
    expect((await authError(switchTo('org_01SECURE'))).code).toBe('mfa_enrollment');
    // a refused switch does not spend the refresh token
    expect((await switchTo(defaultIds.globex)).organizationId).toBe(defaultIds.globex);
  });
});

describe('client_credentials (M2M)', () => {
  const token = (body: Record<string, string>, path = '/oauth2/token') =>
    fetch(`${emulator.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    });

  it('mints an access token signed by the JWKS key, at /oauth2/token and authenticate', async () => {
    for (const path of ['/oauth2/token', '/user_management/authenticate']) {
      const response = await token(
        {
          grant_type: 'client_credentials',
          client_id: defaultCredentials.m2m.clientId,
          client_secret: defaultCredentials.m2m.clientSecret,
          scope: 'widgets:read',
        },
        path,
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        access_token: string;
        token_type: string;
        scope: string;
      };
      expect(body).toMatchObject({ token_type: 'Bearer', scope: 'widgets:read', expires_in: 3600 });
      const claims = decodeJwt(body.access_token);
      expect(claims).toMatchObject({
        sub: defaultCredentials.m2m.clientId,
        org_id: defaultIds.acme,
        scope: 'widgets:read',
        iss: emulator.issuer,
      });
      expect(typeof claims.jti).toBe('string');
    }
  });

  it('rejects a wrong secret with invalid_client and an ungranted scope with invalid_scope', async () => {
    const bad = await token({
      grant_type: 'client_credentials',
      client_id: defaultCredentials.m2m.clientId,
      client_secret: 'wrong',
    });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: 'invalid_client' });
    const scope = await token({
      grant_type: 'client_credentials',
      client_id: defaultCredentials.m2m.clientId,
      client_secret: defaultCredentials.m2m.clientSecret,
      scope: 'admin',
    });
    expect(await scope.json()).toMatchObject({ error: 'invalid_scope' });
  });
});

describe('invitation tokens on the sign-in grants', () => {
  it('accepts an invitation on password sign-in and binds its organization', async () => {
    emulator.reset({
      ...seed,
      invitations: [
        { token: 'inv_globex_bob', email: 'bob@example.com', organizationId: defaultIds.globex },
      ],
    });
    const workos = sdkFor(emulator);
    const auth = await passwordSignIn(
      'bob@example.com',
      defaultCredentials.bobPassword,
      'inv_globex_bob',
    );
    expect(auth.organizationId).toBe(defaultIds.globex);
    const invitation = await workos.userManagement.findInvitationByToken('inv_globex_bob');
    expect(invitation.state).toBe('accepted');
    await expect(
      passwordSignIn('bob@example.com', defaultCredentials.bobPassword, 'inv_globex_bob'),
    ).rejects.toMatchObject({ code: 'invitation_invalid' });
  });
});

it('keeps OAuth-shaped errors for malformed direct grants', async () => {
  const attempt = passwordSignIn('bob@example.com', '');
  await expect(attempt).rejects.toBeInstanceOf(OauthException);
  await expect(attempt).rejects.toMatchObject({ error: 'invalid_request' });
});
