import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { WorkOS as WorkOS11 } from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { AuthService } from '../service/auth-service.js';
import { emulatorConfig, TEST_PASSWORD } from '../test-support/emulator-service.js';
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
});
