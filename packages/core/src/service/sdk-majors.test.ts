import {
  defaultCredentials,
  defaultIds,
  defaultSeed,
  type SeedOrganization,
} from '@workos/authkit-emulator';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { WorkOS as WorkOS11 } from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { AuthService } from '../service/auth-service.js';
import { checkRecentAuth } from '../session/recent-auth.js';
import { emulatorConfig, m2mToken, TEST_PASSWORD } from '../test-support/emulator-service.js';
import { FetchStorage, requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { mintTestSession } from '../testing/mint.js';
import { cookieHeaderFrom } from '../testing/set-cookie.js';

const emulator = useTestEmulator();

/** SDK 12 declares Node >= 22.11 (`npm test` runs on Node 22); the Node 20 matrix lane runs 11. */
const [major, minor] = (globalThis.process?.versions?.node ?? '0.0').split('.').map(Number);
const sdk12Supported = (major ?? 0) > 22 || (major === 22 && (minor ?? 0) >= 11);

/** The peer range is `^11 || ^12`: every test here runs with the real SDK of each major. */
const majors: Array<readonly [string, typeof WorkOS11, 'string' | 'Date']> = [
  ['11', WorkOS11, 'string'],
];
if (sdk12Supported) {
  const { WorkOS: WorkOS12 } = await import('workos-node-12');
  majors.push(['12', WorkOS12 as unknown as typeof WorkOS11, 'Date']);
}

function serviceWith(
  Sdk: typeof WorkOS11,
  extra: Parameters<typeof emulatorConfig>[1] = {},
): AuthService<Request, Response> {
  return new AuthService<Request, Response>({
    sessionStorageFactory: (config) => new FetchStorage(config),
    config: emulatorConfig(emulator, extra),
    clientFactory: (config: ResolvedAuthKitConfig) =>
      new Sdk(config.apiKey, {
        clientId: config.clientId,
        apiHostname: config.apiHostname,
        https: config.apiHttps,
        ...(config.apiPort ? { port: config.apiPort } : {}),
        maxRetries: 0,
      }),
  });
}

describe.each(majors)('with @workos-inc/node %s', (sdkMajor, Sdk, timestamps) => {
  it('is really that SDK major', () => {
    const client = serviceWith(Sdk).getWorkOS() as unknown as { version?: string };
    expect(client.version?.split('.')[0]).toBe(sdkMajor);
  });

  it('signs in; the sealed user keeps createdAt/updatedAt as the same instants', async () => {
    const service = serviceWith(Sdk);
    const { result, cookieHeader } = await signIn(service);
    expect(result.auth.user.email).toBe('alice@example.com');
    const raw = result.authResponse.user as unknown as { createdAt: unknown; updatedAt: unknown };
    // SDK 12 hands `Date`s (which iron-webcrypto cannot seal), SDK 11 ISO strings.
    expect(raw.createdAt instanceof Date ? 'Date' : typeof raw.createdAt).toBe(timestamps);
    const session = await service.getSession(
      requestWithCookies('http://localhost:3000/', cookieHeader),
    );
    const sealed = session?.user as unknown as { createdAt: string; updatedAt: string };
    expect(typeof sealed.createdAt).toBe('string');
    expect(new Date(sealed.createdAt).getTime()).toBe(new Date(raw.createdAt as string).getTime());
    expect(new Date(sealed.updatedAt).getTime()).toBe(new Date(raw.updatedAt as string).getTime());
    expect(result.auth.user).toEqual(session?.user);
    const again = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeader),
    );
    expect(again.auth.user?.id).toBe(result.auth.user.id);
  });

  it('refreshes an expired session in withAuth', async () => {
    const service = serviceWith(Sdk);
    emulator.setClockOffset(-600);
    const minted = await mintTestSession({
      emulator,
      user: 'alice@example.com',
      cookiePassword: TEST_PASSWORD,
    }).finally(() => emulator.setClockOffset(0));
    const refreshed = await service.withAuth(
      requestWithCookies('http://localhost:3000/', minted.cookieHeader),
    );
    expect(refreshed.auth.user?.email).toBe('alice@example.com');
    expect(refreshed.refreshedSessionData).toBeDefined();
    const next = cookieHeaderFrom(refreshed.headers, minted.cookieHeader);
    const after = await service.withAuth(requestWithCookies('http://localhost:3000/', next));
    expect(after.auth.user?.email).toBe('alice@example.com');
    expect(after.refreshedSessionData).toBeUndefined();
  });

  it('switches organization and the switched cookie reads back', async () => {
    const service = serviceWith(Sdk);
    const { result } = await signIn(service);
    const target =
      result.auth.organizationId === 'org_01GLOBEX000000000000000000'
        ? 'org_01ACME00000000000000000000'
        : 'org_01GLOBEX000000000000000000';
    const switched = await service.switchOrganization(result.auth, target);
    expect(switched.auth.organizationId).toBe(target);
    const read = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeaderFrom(switched.headers)),
    );
    expect(read.auth.user ? read.auth.organizationId : null).toBe(target);
  });
  it('a custom password sign-in ends in saveSession; checkRecentAuth reads its auth_time', async () => {
    const service = serviceWith(Sdk);
    const authentication = await service.getWorkOS().userManagement.authenticateWithPassword({
      clientId: emulator.clientId,
      email: 'bob@example.com',
      password: defaultCredentials.bobPassword,
    });
    const saved = await service.saveSession(undefined, authentication);
    expect(saved.auth.user.email).toBe('bob@example.com');
    const read = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeaderFrom(saved.headers)),
    );
    expect(read.auth.user?.id).toBe(saved.auth.user.id);
    expect(checkRecentAuth(read.auth, { maxAge: 60 }).isStale).toBe(false);
    expect(checkRecentAuth(read.auth, { maxAge: 0 }, Date.now() + 5_000).isStale).toBe(true);
  });

  it('maxAge, invitationToken, provider and connectionId reach the authorize URL', async () => {
    const service = serviceWith(Sdk);
    const { url } = await service.createSignIn(undefined, {
      maxAge: 300,
      invitationToken: 'inv_token_1',
      organizationId: defaultIds.acme,
    });
    const params = new URL(url).searchParams;
    expect(params.get('max_age')).toBe('300');
    expect(params.get('invitation_token')).toBe('inv_token_1');
    expect(params.get('organization_id')).toBe(defaultIds.acme);
    const direct = new URL((await service.createSignIn(undefined, { provider: 'GoogleOAuth' })).url)
      .searchParams;
    expect(direct.get('provider')).toBe('GoogleOAuth');
    const sso = new URL((await service.createSignIn(undefined, { connectionId: 'conn_1' })).url)
      .searchParams;
    expect(sso.get('connection_id')).toBe('conn_1');
  });

  const policies: Array<[string, SeedOrganization]> = [
    [
      'sso_required',
      { id: defaultIds.globex, name: 'Globex', ssoConnectionIds: ['conn_01GLOBEXSSO'] },
    ],
    ['mfa_enrollment', { id: defaultIds.globex, name: 'Globex', requireMfa: true }],
  ];
  it.each(policies)('switchToOrganization answers a sign-in URL on %s', async (reason, globex) => {
    emulator.reset({
      ...defaultSeed,
      organizations: (defaultSeed.organizations ?? []).map((org) =>
        org.id === globex.id ? globex : org,
      ),
    });
    const service = serviceWith(Sdk);
    const { result } = await signIn(service, { organizationId: defaultIds.acme });
    const answer = await service.switchToOrganization(result.auth, defaultIds.globex);
    expect(answer.kind).toBe('sign_in_required');
    if (answer.kind !== 'sign_in_required') return;
    expect(answer.reason).toBe(reason);
    const params = new URL(answer.url).searchParams;
    expect(params.get('organization_id')).toBe(defaultIds.globex);
    expect(params.get('login_hint')).toBe('alice@example.com');
  });

  it('validateApiKey accepts a WorkOS API key and an M2M token, refuses an unknown key', async () => {
    const service = serviceWith(Sdk);
    const key = await service.validateApiKey(`Bearer ${defaultCredentials.apiKey.value}`);
    expect(key).toMatchObject({ valid: true, kind: 'api_key', organizationId: defaultIds.acme });
    expect((await service.validateApiKey('Bearer sk_test_unknown')).valid).toBe(false);
    const access_token = await m2mToken(emulator.url);
    expect(await service.validateApiKey(`Bearer ${access_token}`)).toMatchObject({
      valid: true,
      kind: 'm2m_token',
      clientId: defaultCredentials.m2m.clientId,
    });
  });
});
