// Runs under Node >= 22.11 (type stripping: erasable syntax only, no imports of our own .ts files):
// drives every emulator flow through the unmodified @workos-inc/node 12 SDK and prints one JSON
// object of observations on stdout for sdk-v12.test.ts to assert on.
import { createHash } from 'node:crypto';
import { WorkOS } from 'workos-node-12';

const url = new URL(process.env.EMULATOR_URL ?? '');
const clientId = process.env.EMULATOR_CLIENT_ID ?? '';
const workos = new WorkOS(process.env.EMULATOR_API_KEY ?? '', {
  apiHostname: url.hostname,
  port: Number(url.port),
  https: false,
  clientId,
  maxRetries: 0,
});

async function control(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${url.origin}/__emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

async function lastCode(email: string): Promise<string> {
  const { data } = await control('GET', `/outbox?to=${encodeURIComponent(email)}`);
  return data.at(-1).code;
}

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** Password sign-in through the SDK. */
function withPassword(email: string, password: string) {
  return workos.userManagement.authenticateWithPassword({ clientId, email, password });
}

/** The error's class name, code and pending token: what an app branches on. */
async function failure(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
    return { name: 'none' };
  } catch (error: any) {
    return {
      name: error.name,
      code: error.code ?? error.error,
      pendingAuthenticationToken: error.pendingAuthenticationToken,
      rawData: error.rawData,
    };
  }
}

const out: Record<string, unknown> = {};

// authorization_code with PKCE, then refresh
{
  const verifier = 'v'.repeat(43);
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorizeUrl = workos.userManagement.getAuthorizationUrl({
    provider: 'authkit',
    clientId,
    redirectUri: 'http://localhost:3000/callback',
    codeChallenge: challenge,
    codeChallengeMethod: 'S256',
    loginHint: 'bob@example.com',
    maxAge: 0,
  });
  const location = (await fetch(authorizeUrl, { redirect: 'manual' })).headers.get('location');
  const code = new URL(location ?? 'http://invalid/').searchParams.get('code') ?? '';
  const auth = await workos.userManagement.authenticateWithCode({
    clientId,
    code,
    codeVerifier: verifier,
  });
  const refreshed = await workos.userManagement.authenticateWithRefreshToken({
    clientId,
    refreshToken: auth.refreshToken,
  });
  out.code = {
    email: auth.user.email,
    authTime: claims(auth.accessToken).auth_time,
    refreshedAuthTime: claims(refreshed.accessToken).auth_time,
  };
}

// password and organization selection
{
  const bob = await withPassword('bob@example.com', 'bob-password');
  const selection = await failure(withPassword('alice@example.com', 'alice-password'));
  const picked = await workos.userManagement.authenticateWithOrganizationSelection({
    clientId,
    pendingAuthenticationToken: selection.pendingAuthenticationToken,
    organizationId: selection.rawData.organizations[1].id,
  });
  const wrong = await failure(withPassword('bob@example.com', 'x'));
  out.password = {
    method: bob.authenticationMethod,
    selection: selection.code,
    pickedOrganization: picked.organizationId,
    wrong: [wrong.name, wrong.code],
  };
}

// create user, email verification step-up
{
  const user = await workos.userManagement.createUser({
    email: 'v12@example.com',
    password: 'v12-pw',
  });
  const step = await failure(withPassword('v12@example.com', 'v12-pw'));
  const auth = await workos.userManagement.authenticateWithEmailVerification({
    clientId,
    code: await lastCode('v12@example.com'),
    pendingAuthenticationToken: step.pendingAuthenticationToken,
  });
  out.emailVerification = {
    created: user.emailVerified,
    step: [step.name, step.code],
    verified: auth.user.emailVerified,
  };
}

// Magic Auth
{
  const magic = await workos.userManagement.createMagicAuth({ email: 'bob@example.com' });
  const auth = await workos.userManagement.authenticateWithMagicAuth({
    clientId,
    email: 'bob@example.com',
    code: magic.code,
  });
  out.magicAuth = {
    method: auth.authenticationMethod,
    sameCode: magic.code === (await lastCode('bob@example.com')),
  };
}

// TOTP: enrolment answers mfa_enrollment in an MFA organization, then a challenge on the next sign-in
{
  const enrol = await failure(withPassword('erin@example.com', 'erin-pw'));
  const { authenticationFactor, authenticationChallenge } =
    await workos.multiFactorAuth.createUserAuthFactor({
      userId: enrol.rawData.user.id,
      type: 'totp',
    });
  const code = async () => (await control('GET', '/totp?user=erin@example.com')).code;
  const enrolled = await workos.userManagement.authenticateWithTotp({
    clientId,
    code: await code(),
    authenticationChallengeId: authenticationChallenge.id,
    pendingAuthenticationToken: enrol.pendingAuthenticationToken,
  });
  const again = await failure(withPassword('erin@example.com', 'erin-pw'));
  const challenge = await workos.multiFactorAuth.challengeFactor({
    authenticationFactorId: authenticationFactor.id,
  });
  const verified = await workos.userManagement.authenticateWithTotp({
    clientId,
    code: await code(),
    authenticationChallengeId: challenge.id,
    pendingAuthenticationToken: again.pendingAuthenticationToken,
  });
  out.totp = {
    enrolment: enrol.code,
    enrolledOrganization: enrolled.organizationId,
    challenge: again.code,
    email: verified.user.email,
  };
}

// sso_required on a switch
{
  const step = await failure(withPassword('alice@example.com', 'alice-password'));
  const auth = await workos.userManagement.authenticateWithOrganizationSelection({
    clientId,
    pendingAuthenticationToken: step.pendingAuthenticationToken,
    organizationId: step.rawData.organizations[0].id,
  });
  const sso = await failure(
    workos.userManagement.authenticateWithRefreshToken({
      clientId,
      refreshToken: auth.refreshToken,
      organizationId: 'org_01SSO',
    }),
  );
  out.switch = { name: sso.name, code: sso.code, connections: sso.rawData?.connection_ids };
}

// API keys
{
  const created = await control('POST', '/api-keys', { organizationId: 'org_01SSO', name: 'v12' });
  const valid = await workos.apiKeys.createValidation({ value: created.value });
  await workos.apiKeys.deleteApiKey(created.id);
  const revoked = await workos.apiKeys.createValidation({ value: created.value });
  out.apiKeys = { owner: valid.apiKey?.owner, revoked: revoked.apiKey };
}

process.stdout.write(JSON.stringify(out));
