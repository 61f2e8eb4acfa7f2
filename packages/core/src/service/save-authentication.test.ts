import { defaultIds } from '@workos/authkit-emulator';
import type { AuthenticationResponse } from '@workos-inc/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError, TokenValidationError } from '../errors.js';
import { type Emulator, emulatorService, startEmulator } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.clearFaults());

const page = (cookieHeader: string) => requestWithCookies('http://localhost:3000/', cookieHeader);

/** A real AuthenticationResponse, straight from the SDK (as a custom sign-in flow gets one). */
async function authenticate(
  service: ReturnType<typeof emulatorService>,
  user = 'alice@example.com',
  organizationId?: string,
): Promise<AuthenticationResponse> {
  const code = emulator.createAuthorizationCode({
    user,
    ...(organizationId ? { organizationId } : {}),
  });
  return service.getWorkOS().userManagement.authenticateWithCode({
    clientId: emulator.clientId,
    code,
  });
}

describe('saveSession(response, authenticationResponse)', () => {
  it('seals and writes a session that withAuth then reads as signed in', async () => {
    const service = emulatorService(emulator);
    const authentication = await authenticate(service, 'alice@example.com', defaultIds.globex);
    const saved = await service.saveSession(undefined, authentication);
    expect(saved.auth.user.email).toBe('alice@example.com');
    expect(saved.auth.organizationId).toBe(defaultIds.globex);
    expect(saved.auth.accessToken).toBe(authentication.accessToken);

    const { auth } = await emulatorService(emulator).withAuth(
      page(cookieHeaderFrom(saved.headers)),
    );
    expect(auth.user?.id).toBe(authentication.user.id);
    expect(auth.user ? auth.sessionId : null).toBe(saved.auth.sessionId);
    expect(await service.getSession(page(cookieHeaderFrom(saved.headers)))).toMatchObject({
      accessToken: authentication.accessToken,
      refreshToken: authentication.refreshToken,
      organizationId: defaultIds.globex,
    });
  });

  it('writes the cookie with the same attributes as the callback', async () => {
    const service = emulatorService(emulator);
    const viaCallback = await signIn(service);
    const viaSave = await service.saveSession(undefined, await authenticate(service));
    const callbackCookie = parseSetCookie(viaCallback.result.headers).find(
      (cookie) => cookie.name === 'wos-session',
    );
    // Without `request`, every possible stale chunk is cleared too; one cookie is written.
    const [savedCookie, ...others] = parseSetCookie(viaSave.headers).filter((c) => !c.cleared);
    expect(others).toEqual([]);
    expect(savedCookie?.name).toBe('wos-session');
    expect(savedCookie?.attributes).toEqual(callbackCookie?.attributes);
    expect(savedCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(viaSave.headers?.['Cache-Control']).toBe('no-store');
  });

  it('chunks a large session like the callback does, and clears stale chunks on the request', async () => {
    const service = emulatorService(emulator);
    const authentication = await authenticate(service);
    authentication.user = { ...authentication.user, metadata: { notes: 'x'.repeat(6000) } };
    const saved = await service.saveSession(undefined, authentication);
    const names = parseSetCookie(saved.headers)
      .filter((cookie) => !cookie.cleared)
      .map((cookie) => cookie.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual(names.map((_, index) => `wos-session.${index}`));
    const { auth } = await service.withAuth(page(cookieHeaderFrom(saved.headers)));
    expect(auth.user?.metadata).toEqual({ notes: 'x'.repeat(6000) });

    const small = await service.saveSession(undefined, await authenticate(service), {
      request: page(cookieHeaderFrom(saved.headers)),
    });
    const written = parseSetCookie(small.headers);
    expect(written.filter((cookie) => !cookie.cleared).map((cookie) => cookie.name)).toEqual([
      'wos-session',
    ]);
    expect(written.filter((cookie) => cookie.cleared).map((cookie) => cookie.name)).toEqual(names);
  });

  it('refuses a response whose access token was tampered with (nothing written)', async () => {
    const service = emulatorService(emulator);
    const authentication = await authenticate(service);
    const [header, payload, signature] = authentication.accessToken.split('.');
    const claims = JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    const forged = btoa(JSON.stringify({ ...claims, org_id: 'org_forged' }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    const attempt = service.saveSession(undefined, {
      ...authentication,
      accessToken: `${header}.${forged}.${signature}`,
    });
    await expect(attempt).rejects.toBeInstanceOf(TokenValidationError);
    await expect(attempt).rejects.toMatchObject({ code: 'token_invalid', transient: false });
  });

  it("refuses another user's tokens paired with this user", async () => {
    const service = emulatorService(emulator);
    const alice = await authenticate(service, 'alice@example.com');
    const bob = await authenticate(service, 'bob@example.com');
    await expect(service.saveSession(undefined, { ...alice, user: bob.user })).rejects.toThrow(
      /different user/,
    );
  });

  it.each([
    null,
    'not-a-response',
    {},
    { accessToken: 'a', refreshToken: '', user: { id: 'user_1' } },
  ])('refuses %j with InvalidArgumentError', async (value) => {
    const service = emulatorService(emulator);
    const attempt = service.saveSession(undefined, value as unknown as AuthenticationResponse);
    // A string is a sealed session (written as is); only the object form is checked.
    if (typeof value === 'string') {
      await expect(attempt).resolves.toMatchObject({ headers: expect.any(Object) });
      return;
    }
    await expect(attempt).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('a WorkOS key-set outage is a transient TokenValidationError', async () => {
    const other = await startEmulator();
    try {
      const service = emulatorService(other);
      const code = other.createAuthorizationCode({ user: 'alice@example.com' });
      const authentication = await service.getWorkOS().userManagement.authenticateWithCode({
        clientId: other.clientId,
        code,
      });
      other.injectFault({ path: `/sso/jwks/${other.clientId}`, status: 503, times: 5 });
      const attempt = service.saveSession(undefined, authentication);
      await expect(attempt).rejects.toMatchObject({ code: 'token_invalid', transient: true });
    } finally {
      await other.stop();
    }
  });

  it('a sealed string is still written as is (the original call shape)', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    const write = await service.saveSession(undefined, result.encryptedSession);
    expect(parseSetCookie(write.headers)[0]?.value).toBe(result.encryptedSession);
    expect('auth' in write).toBe(false);
  });
});
