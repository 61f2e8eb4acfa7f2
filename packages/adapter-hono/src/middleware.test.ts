import { parseSetCookieLine } from '@authkit-internal/conformance';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { authkit, authkitRoutes, getAuth, requireAuth } from './index.js';
import { createTestApp } from './test-support/app.js';
import { browserFor, refreshes, signInWithExpiredToken } from './test-support/harness.js';
import type { AuthKitEnv } from './types.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });

function sessionLines(response: Response) {
  return response.headers
    .getSetCookie()
    .map(parseSetCookieLine)
    .filter((c) => c.name === 'wos-session');
}

describe('authkit() middleware', () => {
  it('puts the refreshed cookie before the handler’s own cookies, each in its own header', async () => {
    const app = createTestApp();
    app.get('/theme', (c) => {
      c.header('Set-Cookie', 'theme=dark; Path=/', { append: true });
      return c.text(getAuth(c).user?.email ?? 'signed out');
    });
    const browser = browserFor(app, emulator);
    await signInWithExpiredToken(browser, emulator);
    const before = refreshes(emulator);

    const response = await browser.send('/theme');
    expect(await response.text()).toBe('alice@example.com');
    expect(refreshes(emulator) - before).toBe(1);
    const names = response.headers.getSetCookie().map((line) => parseSetCookieLine(line).name);
    expect(names).toEqual(['wos-session', 'theme']);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('applies the refresh to responses with immutable headers (Response.redirect)', async () => {
    const app = createTestApp();
    app.get('/bounce', () => Response.redirect('http://localhost:3903/account', 302));
    const browser = browserFor(app, emulator);
    await signInWithExpiredToken(browser, emulator);
    const response = await browser.send('/bounce');
    expect(response.status).toBe(302);
    expect(sessionLines(response)).toHaveLength(1);
  });

  it('lets a sign-out clear win over a refresh made by the middleware on the same request', async () => {
    const browser = browserFor(createTestApp(), emulator);
    await signInWithExpiredToken(browser, emulator);
    const response = await browser.send('/logout', { method: 'POST' });
    expect(response.status).toBe(303);
    const lines = sessionLines(response);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.at(-1)?.deletes).toBe(true);
    expect(browser.jar.get('wos-session')).toBeUndefined();
  });

  it('adds no cookie when the session is valid, and marks the response private, no-store, Vary: Cookie', async () => {
    const browser = browserFor(createTestApp(), emulator);
    await browser.navigate('/login?returnPathname=/');
    const response = await browser.send('/');
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toBe('Cookie');
  });

  it('getAuth(c) explains what is missing when authkit() is not installed', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(String(getAuth(c).user)));
    app.onError((error, c) => c.text(error.message, 500));
    const response = await app.request('/');
    expect(await response.text()).toMatch(/app\.use\(authkit\(\)\)/);
  });
});

describe('requireAuth()', () => {
  it('works without authkit() installed, running the session check itself', async () => {
    const app = new Hono<AuthKitEnv>();
    app.route('/', authkitRoutes());
    app.get('/secret', requireAuth(), (c) => c.text(`hello ${c.var.auth.user.email}`));
    const browser = browserFor(app, emulator);
    const navigation = await browser.navigate('/secret');
    expect(navigation.url.pathname).toBe('/secret');
    expect(navigation.body).toBe('hello alice@example.com');
  });

  it('answers 401 JSON for requests that accept JSON, and redirects pages', async () => {
    const browser = browserFor(createTestApp(), emulator);
    const json = await browser.send('/account', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(401);
    expect(json.headers.get('cache-control')).toBe('no-store');
    expect(await json.json()).toEqual({ error: 'unauthorized' });
    const page = await browser.send('/account?tab=2');
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/user_management\/authorize\?/,
    );
  });

  it('honours its own signInPath and isApiRequest over those of authkit()', async () => {
    const options = {
      signInPath: '/sign-in',
      isApiRequest: (c: { req: { path: string } }) => c.req.path.startsWith('/rpc/'),
    };
    const app = new Hono<AuthKitEnv>();
    app.use(authkit());
    app.get('/rpc/ping', requireAuth(options), (c) => c.text('pong'));
    app.get('/dash', requireAuth(options), (c) => c.text('dash'));
    const browser = browserFor(app, emulator);
    expect((await browser.send('/rpc/ping')).status).toBe(401);
    const page = await browser.send('/dash?x=1');
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toBe('/sign-in?returnPathname=%2Fdash%3Fx%3D1');
  });
});
