import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { sessionEncryption } from '../crypto/session-encryption.js';
import { PKCECookieMissingError } from '../errors.js';
import { MAX_PENDING_PKCE_BYTES, type PendingSignIn } from '../pkce/flow.js';
import { emulatorService, TEST_PASSWORD } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';

const emulator = useTestEmulator({ resetBeforeEach: false });
const APP = 'http://localhost:3000';

/** Starts a sign-in and follows it through the emulator to the callback URL. */
async function startAndAuthorize(service: ReturnType<typeof emulatorService>, cookies = '') {
  const started = await service.createSignIn(undefined, {
    loginHint: 'alice@example.com',
    request: requestWithCookies(`${APP}/login`, cookies),
  });
  const redirect = await fetch(started.url, { redirect: 'manual' });
  return { started, callback: new URL(redirect.headers.get('location') ?? '') };
}

describe('verifier cookies take the session cookie prefix (login CSRF past __Host-)', () => {
  const hostService = () => emulatorService(emulator, { cookieName: '__Host-wos-session' });

  it('names the verifier cookie __Host-…, Secure, Path=/, no Domain', async () => {
    const { started } = await startAndAuthorize(hostService());
    const [cookie] = parseSetCookie(started.headers);
    expect(cookie?.name).toMatch(/^__Host-wos-auth-verifier-/);
    expect(cookie).toMatchObject({ secure: true, path: '/' });
    expect(cookie?.domain).toBeUndefined();
  });

  it("refuses an attacker's verifier planted without the prefix (from a sibling subdomain)", async () => {
    // The attacker signs in to the app as themself and stops at the callback URL.
    const attacker = await startAndAuthorize(hostService());
    const [own] = parseSetCookie(attacker.started.headers);
    // A sibling subdomain can set `wos-auth-verifier-…` for the app, never `__Host-…`.
    const planted = `${(own?.name ?? '').replace(/^__Host-/, '')}=${encodeURIComponent(own?.value ?? '')}`;
    const victim = requestWithCookies(attacker.callback.toString(), planted);
    await expect(
      hostService().handleCallback(victim, undefined, {
        code: attacker.callback.searchParams.get('code'),
        state: attacker.callback.searchParams.get('state'),
      }),
    ).rejects.toBeInstanceOf(PKCECookieMissingError);
  });

  it('completes a sign-in with the prefixed verifier, and clears it with the same prefix', async () => {
    const { started, callback } = await startAndAuthorize(hostService());
    const request = requestWithCookies(callback.toString(), cookieHeaderFrom(started.headers));
    const result = await hostService().handleCallback(request, undefined, {
      code: callback.searchParams.get('code'),
      state: callback.searchParams.get('state'),
    });
    const names = parseSetCookie(result.headers).map((c) => [c.name, c.cleared]);
    expect(names).toContainEqual([started.cookieName, true]);
    expect(names).toContainEqual(['__Host-wos-session', false]);
  });
});

describe('verifier cookies stay small however many sign-ins are abandoned (cookie bomb)', () => {
  const plainService = () => emulatorService(emulator);
  const verifierBytes = (jar: string) =>
    jar
      .split('; ')
      .filter((pair) => pair.startsWith('wos-auth-verifier-'))
      .reduce((sum, pair) => sum + pair.length, 0);

  it(`keeps at most ${MAX_PENDING_PKCE_BYTES} bytes of verifier cookies pending`, async () => {
    let jar = `other=${'x'.repeat(1000)}`;
    const long = `/account?${'q=1&'.repeat(500)}`;
    for (let i = 0; i < 6; i++) {
      const started = await plainService().createSignIn(undefined, {
        returnPathname: long,
        request: requestWithCookies(`${APP}/login`, jar),
      });
      jar = cookieHeaderFrom(started.headers, jar);
      expect(verifierBytes(jar)).toBeLessThanOrEqual(MAX_PENDING_PKCE_BYTES);
    }
    // The newest flow is the one kept, and it still completes.
    expect(jar.length).toBeLessThan(8 * 1024 - 1024);
  });

  it('short flows still keep up to four pending (several tabs)', async () => {
    let jar = '';
    for (let i = 0; i < 4; i++) {
      const started = await plainService().createSignIn(undefined, {
        request: requestWithCookies(`${APP}/login`, jar),
      });
      jar = cookieHeaderFrom(started.headers, jar);
    }
    expect(jar.split('; ').filter((p) => p.startsWith('wos-auth-verifier-'))).toHaveLength(4);
  });

  it('a return path too long for the cookie falls back to / instead of failing the sign-in', async () => {
    const started = await plainService().createSignIn(undefined, {
      returnPathname: `/${'é'.repeat(2000)}`,
    });
    const [cookie] = parseSetCookie(started.headers);
    const pending = await sessionEncryption.unsealData<PendingSignIn>(cookie?.value ?? '', {
      password: TEST_PASSWORD,
    });
    expect(pending.returnPathname ?? '/').toBe('/');
  });
});
