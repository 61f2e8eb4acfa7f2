import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { SIGNED_OUT_ACTION_MESSAGE } from './action-guard.js';
import { authkitMiddleware, authkitProxy } from './proxy.js';
import {
  configuredEmulator,
  createFixtureApp,
  downstreamHeaders,
  fixtureRoutes,
} from './test-support/fixture-app.js';
import { refreshCount, signIn, signInWithExpiredToken } from './test-support/sign-in.js';

const origin = 'http://localhost:3000';
const emulator = configuredEmulator(origin);
const app = createFixtureApp({
  middlewareAuth: { enabled: true, unauthenticatedPaths: ['/', '/login'] },
});

const protect = authkitProxy({
  middlewareAuth: { enabled: true, unauthenticatedPaths: ['/', '/public/:path*'] },
  signUpPaths: ['/join'],
});
const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, origin), { headers: { accept: 'text/html', ...headers } });

describe('authkitProxy, signed out', () => {
  it('redirects a protected page to sign-in, writing a verifier cookie with no-store', async () => {
    const response = await protect(request('/account?tab=orgs'));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.href.startsWith(`${emulator.url}/user_management/authorize`)).toBe(true);
    expect(location.searchParams.get('screen_hint')).toBe('sign-in');
    const lines = response.headers.getSetCookie();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wos-auth-verifier-[^=]+=.+HttpOnly/i);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a signed-out form POST with 303, so the browser GETs the sign-in page', async () => {
    const response = await protect(
      new NextRequest(new URL('/account', origin), {
        method: 'POST',
        headers: { accept: 'text/html' },
      }),
    );
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location') ?? '').pathname).toBe(
      '/user_management/authorize',
    );
  });

  it('answers API routes with 401 JSON instead of a redirect', async () => {
    const response = await protect(request('/api/orders', { accept: '*/*' }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    expect(response.headers.get('location')).toBeNull();
  });

  it('answers a signed-out server action (Next-Action header) on a protected path 401 text/plain, not a redirect', async () => {
    const action = (path: string, cookie = '') =>
      protect(
        new NextRequest(new URL(path, origin), {
          method: 'POST',
          headers: { accept: 'text/x-component', 'next-action': 'abc123', cookie },
          body: '[]',
        }),
      );
    const response = await action('/account');
    expect(response.status).toBe(401);
    // Exactly `text/plain`: Next's client then rejects the action with this message.
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe(SIGNED_OUT_ACTION_MESSAGE);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    // No sign-in was started for it: no verifier cookie.
    expect(response.headers.getSetCookie()).toEqual([]);
    // An expired/tampered cookie is still cleared on that answer.
    const tampered = await action('/account', 'wos-session=Fe26.2**tampered**value');
    expect(tampered.status).toBe(401);
    expect(tampered.headers.getSetCookie().some((line) => line.startsWith('wos-session=;'))).toBe(
      true,
    );
    // On an unprotected path the action runs (and answers signed out itself).
    expect((await action('/')).headers.get('x-middleware-next')).toBe('1');
    // Signed in, the action goes through.
    const browser = await signIn(app, emulator, origin);
    const signedIn = await action('/account', browser.jar.header());
    expect(signedIn.headers.get('x-middleware-next')).toBe('1');
  });

  it('uses the sign-up screen on signUpPaths', async () => {
    const response = await protect(request('/join'));
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('screen_hint')).toBe(
      'sign-up',
    );
  });

  it('lets unauthenticated paths and the callback through', async () => {
    for (const path of ['/', '/public/docs/intro', '/callback?code=x&state=y']) {
      const response = await protect(request(path));
      expect(response.headers.get('x-middleware-next'), path).toBe('1');
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it('protects nothing without middlewareAuth (authkitMiddleware is the same function)', async () => {
    expect(authkitMiddleware).toBe(authkitProxy);
    const response = await authkitMiddleware()(request('/account'));
    expect(response.headers.get('x-middleware-next')).toBe('1');
  });
});

describe('authkitProxy, signed in', () => {
  it('refreshes an expired session once, sets it on the response and hands it to the same request', async () => {
    const browser = await signInWithExpiredToken(app, emulator, origin);
    const before = refreshCount(emulator);

    const proxied = await protect(request('/account', { cookie: browser.jar.header() }));
    expect(proxied.headers.get('x-middleware-next')).toBe('1');
    expect(proxied.headers.get('cache-control')).toBe('private, no-store');
    expect(proxied.headers.get('vary')).toBe('Cookie');
    const [sessionLine] = proxied.headers
      .getSetCookie()
      .filter((line) => line.startsWith('wos-session='));
    const newValue = sessionLine?.split(';')[0]?.slice('wos-session='.length) ?? '';
    expect(newValue).not.toBe('');
    expect(newValue).not.toBe(browser.jar.get('wos-session'));

    // The route behind the proxy reads the refreshed cookie, not the one the browser sent.
    const forwarded = downstreamHeaders(new Headers(), proxied);
    expect(forwarded.get('cookie')).toContain(`wos-session=${newValue}`);
    expect(forwarded.get('x-url')).toBe(`${origin}/account`);
    const page = await fixtureRoutes['GET /account']!(
      new Request(`${origin}/account`, { headers: forwarded }),
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('alice@example.com');
    expect(page.headers.getSetCookie()).toEqual([]);
    expect(refreshCount(emulator) - before).toBe(1);
  });

  it('clears a tampered cookie on the response and drops it from the forwarded request', async () => {
    const cookie = 'wos-session=Fe26.2**tampered**value; theme=dark';
    const proxied = await protect(request('/', { cookie }));
    const lines = proxied.headers.getSetCookie();
    expect(lines.some((line) => line.startsWith('wos-session=;') && /Max-Age=0/i.test(line))).toBe(
      true,
    );
    expect(downstreamHeaders(new Headers(), proxied).get('cookie')).toBe('theme=dark');
  });
});
