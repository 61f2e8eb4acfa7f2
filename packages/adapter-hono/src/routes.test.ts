import { type Browser, parseSetCookieLine } from '@authkit-internal/conformance';
import { defaultIds } from '@workos/authkit-emulator';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { authkit, authkitRoutes, getAuth, getAuthKit } from './index.js';
import { createTestApp } from './test-support/app.js';
import { bindingsFor } from './test-support/env.js';
import {
  browserFor,
  type Emulator,
  signInWithExpiredToken,
  startTestEmulator,
} from './test-support/harness.js';
import type { AuthKitEnv, AuthKitHonoOptions } from './types.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });

async function signedIn(app: Hono<AuthKitEnv>): Promise<Browser> {
  const browser = browserFor(app, emulator);
  const navigation = await browser.navigate('/login?returnPathname=/account');
  expect(navigation.status).toBe(200);
  return browser;
}

describe('callback errors', () => {
  it('render through onError with the operation, and still clear the verifier', async () => {
    const seen: string[] = [];
    const options: AuthKitHonoOptions = {
      onError: (error, c, info) => {
        seen.push(`${info.operation}:${error.code}:${info.status}`);
        return c.json({ failed: error.code }, 422);
      },
    };
    const browser = browserFor(createTestApp(options), emulator);
    await browser.send('/login');
    const response = await browser.send('/callback?code=abc&state=not-a-real-state');
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ failed: seen[0]?.split(':')[1] });
    expect(seen[0]).toMatch(/^callback:(oauth_state_mismatch|pkce_cookie_missing):400$/);
    const clears = response.headers.getSetCookie().map(parseSetCookieLine);
    expect(clears.some((c) => c.name.startsWith('wos-auth-verifier') && c.deletes)).toBe(true);
    expect(browser.jar.names().filter((n) => n.startsWith('wos-auth-verifier'))).toEqual([]);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('sign-in', () => {
  it('redirects to WorkOS with the verifier cookie, uncached', async () => {
    const browser = browserFor(createTestApp(), emulator);
    const response = await browser.send('/login?returnPathname=/account');
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toContain('/user_management/authorize');
    const set = response.headers.getSetCookie().map(parseSetCookieLine);
    expect(set.some((c) => c.name.startsWith('wos-auth-verifier') && !c.deletes)).toBe(true);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

/** Posts the switch-organization form (`body` is the urlencoded form) without following redirects. */
function postSwitch(browser: Browser, body: string): Promise<Response> {
  return browser.sendForm('/switch-organization', body);
}

describe('switch organization', () => {
  it('refuses an organization the user does not belong to, keeping the session', async () => {
    const browser = await signedIn(createTestApp());
    const response = await postSwitch(browser, 'organizationId=org_01NOTAMEMBER0000000000000000');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('organization_switch_failed');
    expect(response.headers.getSetCookie()).toEqual([]);
    const me = await browser.getJson('/api/me');
    expect(me.json).toMatchObject({ organizationId: defaultIds.acme });
  });

  it('answers 400 without an organizationId, and honours a sanitised returnPathname field', async () => {
    const browser = await signedIn(createTestApp());
    const post = (body: string) => postSwitch(browser, body);
    expect((await post('')).status).toBe(400);
    const hostile = await post(
      `organizationId=${defaultIds.globex}&returnPathname=${encodeURIComponent('//evil.example')}`,
    );
    expect(hostile.status).toBe(303);
    const location = new URL(hostile.headers.get('location') ?? '', browser.origin);
    expect(location.origin).toBe(browser.origin);
    const back = await post(`organizationId=${defaultIds.acme}&returnPathname=/settings`);
    expect(back.headers.get('location')).toBe('/settings');
  });

  it('clears the cookie and sends the user to sign in when the session has ended at WorkOS', async () => {
    const browser = await signedIn(createTestApp());
    const me = await browser.getJson('/api/me');
    expect(me.status).toBe(200);
    const active = emulator.sessions().filter((session) => session.status === 'active');
    expect(active.length).toBeGreaterThan(0);
    for (const session of active) emulator.revokeSession(session.id);
    const response = await postSwitch(browser, `organizationId=${defaultIds.globex}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('/user_management/authorize');
    const lines = response.headers.getSetCookie().map(parseSetCookieLine);
    expect(lines.some((c) => c.name === 'wos-session' && c.deletes)).toBe(true);
    expect(lines.some((c) => c.name.startsWith('wos-auth-verifier') && !c.deletes)).toBe(true);
    expect(browser.jar.get('wos-session')).toBeUndefined();
  });

  it('sends a signed-out browser to sign in', async () => {
    const browser = browserFor(createTestApp(), emulator);
    const response = await postSwitch(browser, `organizationId=${defaultIds.globex}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('/user_management/authorize');
  });
});

describe('sign-out', () => {
  it('uses the returnTo option in the logout URL', async () => {
    const browser = await signedIn(createTestApp({ returnTo: 'http://localhost:3903/goodbye' }));
    const response = await browser.send('/logout', { method: 'POST' });
    const logout = new URL(response.headers.get('location') ?? '');
    expect(logout.searchParams.get('return_to')).toBe('http://localhost:3903/goodbye');
  });

  it('still ends the WorkOS session when the token cannot be refreshed (outage)', async () => {
    const browser = browserFor(createTestApp(), emulator);
    await signInWithExpiredToken(browser, emulator);
    emulator.injectFault({
      path: '/user_management/authenticate',
      method: 'POST',
      status: 503,
      times: 20,
    });
    try {
      const response = await browser.send('/logout', { method: 'POST' });
      const logout = new URL(response.headers.get('location') ?? '', browser.origin);
      expect(logout.pathname).toBe('/user_management/sessions/logout');
      expect(logout.searchParams.get('session_id')).toMatch(/^session_/);
      expect(browser.jar.get('wos-session')).toBeUndefined();
    } finally {
      emulator.clearFaults();
    }
  });

  it('clears the cookie and goes home when already signed out', async () => {
    const browser = browserFor(createTestApp(), emulator);
    const response = await browser.send('/logout', { method: 'POST' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const lines = response.headers.getSetCookie().map(parseSetCookieLine);
    expect(lines.some((c) => c.name === 'wos-session' && c.deletes)).toBe(true);
  });
});

describe('authkitRoutes()', () => {
  it('mounts the handlers on custom paths', async () => {
    const options: AuthKitHonoOptions = {};
    const app = new Hono<AuthKitEnv>();
    app.use(authkit(options));
    app.route(
      '/auth',
      authkitRoutes({ ...options, paths: { signIn: '/in', callback: '/callback' } }),
    );
    app.get('/', (c) => c.text(getAuth(c).user?.email ?? 'anonymous'));
    const browser = browserFor(app, emulator);
    const start = await browser.send('/auth/in');
    expect(start.status).toBe(307);
    expect((await browser.send('/login')).status).toBe(404);
  });
});

describe('configuration per request', () => {
  it('shares one service between fresh env objects holding the same values', async () => {
    const options: AuthKitHonoOptions = { env: (c) => ({ ...(c.env as object) }) };
    const seen: unknown[] = [];
    const app = new Hono<AuthKitEnv>();
    app.use(authkit(options));
    app.get('/', (c) => {
      seen.push(getAuthKit(c).service);
      return c.text('ok');
    });
    const bindings = bindingsFor(emulator, 'http://localhost:3903');
    await app.request('/', undefined, bindings);
    await app.request('/', undefined, { ...bindings });
    await app.request('/', undefined, { ...bindings, WORKOS_COOKIE_NAME: 'other-session' });
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
  });

  it('serves two environments from one app, each with its own emulator', async () => {
    const other = await startTestEmulator();
    try {
      const app = createTestApp();
      const first = browserFor(app, emulator);
      const second = browserFor(app, other);
      expect((await first.navigate('/login?returnPathname=/account')).status).toBe(200);
      expect((await second.navigate('/login?returnPathname=/account')).status).toBe(200);
      const grants = (e: Emulator) =>
        e.calls({ path: '/user_management/authenticate', grantType: 'authorization_code' }).length;
      expect(grants(other)).toBe(1);
      const meOnSecond = await second.getJson('/api/me');
      expect(meOnSecond.status).toBe(200);
      const crossed = browserFor(app, other);
      crossed.jar.set('wos-session', first.jar.get('wos-session') ?? '');
      expect((await crossed.getJson('/api/me')).status).toBe(401);
    } finally {
      await other.stop();
    }
  });
});
