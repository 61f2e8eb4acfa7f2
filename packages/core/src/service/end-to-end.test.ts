import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { getConfigurationProvider } from '../config/provider.js';
import { emulatorService, TEST_PASSWORD } from '../test-support/emulator-service.js';
import { FetchStorage, requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';
import { createAuthService } from './auth-service.js';

const emulator = useTestEmulator();

describe('configured only through WORKOS_* environment variables', () => {
  it('signs in with the emulator env (API host, port and scheme reach the WorkOS client)', async () => {
    const env = {
      ...emulator.env,
      WORKOS_REDIRECT_URI: 'http://localhost:3000/callback',
      WORKOS_COOKIE_PASSWORD: TEST_PASSWORD,
    };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const service = createAuthService<Request, Response>({
        sessionStorageFactory: (config) => new FetchStorage(config),
      });
      const { result, cookieHeader } = await signIn(service);
      expect(result.auth.user.email).toBe('alice@example.com');
      expect(service.getWorkOS().baseURL).toBe(emulator.url);
      const { auth } = await service.withAuth(
        requestWithCookies('http://localhost:3000/', cookieHeader),
      );
      expect(auth.user?.email).toBe('alice@example.com');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      getConfigurationProvider().reset();
    }
  });
});

describe('sign-in → withAuth → refresh → sign-out against the emulator', () => {
  it('signs in with PKCE and returns the session cookie plus a verifier clear', async () => {
    const service = emulatorService(emulator);
    const { started, result, location } = await signIn(service, { returnPathname: '/account' });

    expect(started.cookieName).toMatch(/^wos-auth-verifier-/);
    expect(location.searchParams.get('state')).not.toContain(started.cookieName);
    expect(result.returnPathname).toBe('/account');
    expect(result.auth.user.email).toBe('alice@example.com');
    expect(result.auth.organizationId).toBeTruthy();
    expect(result.auth.sessionId).toMatch(/^session_/);

    const cookies = parseSetCookie(result.headers);
    const session = cookies.find((c) => c.name === 'wos-session');
    const verifierClear = cookies.find((c) => c.name === started.cookieName);
    expect(session?.value.startsWith('Fe26.2*1*')).toBe(true);
    expect(session?.httpOnly).toBe(true);
    expect(session?.secure).toBe(false);
    expect(session?.path).toBe('/');
    expect(session?.sameSite).toBe('Lax');
    expect(verifierClear?.cleared).toBe(true);
    expect(result.headers?.['Cache-Control']).toBe('no-store');
  });

  it('reads the signed-in session back without refreshing', async () => {
    const service = emulatorService(emulator);
    const { cookieHeader, result } = await signIn(service);
    const { auth, headers, refreshedSessionData } = await service.withAuth(
      requestWithCookies('http://localhost:3000/account', cookieHeader),
    );
    expect(auth.user?.id).toBe(result.auth.user.id);
    expect(headers).toBeUndefined();
    expect(refreshedSessionData).toBeUndefined();
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(0);
  });

  it('refreshes a token inside the buffer once, even for concurrent requests', async () => {
    const service = emulatorService(emulator);
    emulator.setClockOffset(-290);
    const { cookieHeader, result } = await signIn(service);
    emulator.setClockOffset(0);

    const request = () => requestWithCookies('http://localhost:3000/account', cookieHeader);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => service.withAuth(request())));
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(1);
    for (const r of results) {
      expect(r.auth.user?.id).toBe(result.auth.user.id);
      expect(r.refreshedSessionData).toBe(results[0]?.refreshedSessionData);
      expect(r.headers?.['Cache-Control']).toBe('no-store');
    }
    const late = await service.withAuth(request());
    expect(late.refreshedSessionData).toBe(results[0]?.refreshedSessionData);
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(1);

    const next = cookieHeaderFrom(results[0]?.headers, cookieHeader);
    const after = await service.withAuth(requestWithCookies('http://localhost:3000/', next));
    expect(after.auth.user?.id).toBe(result.auth.user.id);
    expect(after.headers).toBeUndefined();
  });

  it('shares the refresh between services built per request with the same settings', async () => {
    emulator.setClockOffset(-290);
    const { cookieHeader } = await signIn(emulatorService(emulator));
    emulator.setClockOffset(0);
    const services = [1, 2, 3].map(() => emulatorService(emulator));
    const results = await Promise.all(
      services.map((service) =>
        service.withAuth(requestWithCookies('http://localhost:3000/', cookieHeader)),
      ),
    );
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(1);
    expect(new Set(results.map((r) => r.refreshedSessionData)).size).toBe(1);
  });

  it('signs out: logout URL for the session and a cookie clear', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    const out = await service.signOut(result.auth.sessionId, {
      returnTo: 'http://localhost:3000/',
    });
    const logout = new URL(out.logoutUrl);
    expect(logout.origin).toBe(emulator.url);
    expect(logout.pathname).toBe('/user_management/sessions/logout');
    expect(logout.searchParams.get('session_id')).toBe(result.auth.sessionId);
    const cleared = parseSetCookie(out.headers).find((c) => c.name === 'wos-session');
    expect(cleared?.cleared).toBe(true);
  });
});
