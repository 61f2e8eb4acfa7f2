import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import { cookieHeaderFrom, parseSetCookie } from '@workos/authkit-session/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDir, startNext15Fixture } from './test-support/next15-fixture.js';

// authkitMiddleware as a Next 15 `middleware.ts` (edge runtime), in an app built by Next 15 and
// served by its `next start`, against the emulator (fixtures/next15, built by the global setup).
let emulator: Emulator;
let app: Awaited<ReturnType<typeof startNext15Fixture>>;
let jar = '';

const get = async (url: string, init: RequestInit = {}) => {
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(jar && { cookie: jar }), ...init.headers },
  });
  jar = cookieHeaderFrom(response, jar);
  return response;
};

/** Signs Alice in through the fixture's /login and the emulator; answers the callback. */
async function signIn(returnPathname: string): Promise<Response> {
  jar = '';
  const login = await get(
    `${app.origin}/login?loginHint=alice@example.com&returnPathname=${returnPathname}`,
  );
  const authorize = await fetch(login.headers.get('location') ?? '', { redirect: 'manual' });
  return get(authorize.headers.get('location') ?? '');
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  app = await startNext15Fixture({
    ...emulator.env,
    WORKOS_COOKIE_PASSWORD: 'a-next15-fixture-cookie-password-32-chars',
  });
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await emulator?.stop();
});

describe('Next 15 middleware.ts (edge runtime) with authkitMiddleware', () => {
  it('was built by Next 15 as an edge middleware', () => {
    const manifest = JSON.parse(
      readFileSync(join(fixtureDir, '.next/server/middleware-manifest.json'), 'utf8'),
    ) as { middleware: Record<string, { files: string[] }> };
    expect(manifest.middleware['/']?.files.some((f) => f.includes('middleware'))).toBe(true);
    const version = readFileSync(join(fixtureDir, 'node_modules/next/package.json'), 'utf8');
    expect(JSON.parse(version).version).toMatch(/^15\./);
  });

  it('answers 401 to a signed-out API request', async () => {
    const response = await get(`${app.origin}/api/me`);
    expect(response.status, app.output()).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorized' });
  });

  it('lets a path-to-regexp group through and keeps the rest protected', async () => {
    const docs = await get(`${app.origin}/docs/intro`);
    expect(docs.status, app.output()).toBe(404); // no such page: the middleware let it through
    expect((await get(`${app.origin}/documents`)).status).toBe(307);
  });

  it('redirects a signed-out page to sign-in with its return path', async () => {
    const response = await get(`${app.origin}/account`);
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(emulator.url);
    expect(location.searchParams.get('redirect_uri')).toBe(`${app.origin}/callback`);
  });

  it('signs in, refreshes an expired token in the middleware, and signs out', async () => {
    emulator.setAccessTokenTtl(1);
    const callback = await signIn('/api/me');
    expect(callback.status, app.output()).toBe(307);
    // Next reports 127.0.0.1 as localhost in `nextUrl`: compare the path.
    expect(new URL(callback.headers.get('location') ?? '').pathname).toBe('/api/me');
    expect(jar).toContain('wos-session');

    await new Promise((resolve) => setTimeout(resolve, 1500));
    emulator.setAccessTokenTtl(300);
    const before = emulator.calls({ grantType: 'refresh_token' }).length;
    const me = await get(`${app.origin}/api/me`);
    expect(me.status, app.output()).toBe(200);
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    expect(me.headers.get('vary')).toContain('Cookie');
    expect(await me.json()).toMatchObject({ user: { email: 'alice@example.com' } });
    expect(emulator.calls({ grantType: 'refresh_token' }).length).toBe(before + 1);
    expect(parseSetCookie(me).some((c) => c.name.startsWith('wos-session') && !c.cleared)).toBe(
      true,
    );

    const page = await get(`${app.origin}/`);
    expect(await page.text()).toContain('alice@example.com');
    expect(emulator.calls({ grantType: 'refresh_token' }).length).toBe(before + 1);

    const logout = await get(`${app.origin}/logout`, { method: 'POST' });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toContain('/user_management/sessions/logout');
    expect(parseSetCookie(logout).some((c) => c.name === 'wos-session' && c.cleared)).toBe(true);
    expect((await get(`${app.origin}/api/me`)).status).toBe(401);
  });
});

describe('Next 15 with React 18 installed, and Vary: Cookie on App Router pages', () => {
  it('renders the client entry in an app that installs React 18 (Next renders app/ with its own React 19)', async () => {
    const installed = readFileSync(join(fixtureDir, 'node_modules/react/package.json'), 'utf8');
    expect(JSON.parse(installed).version).toMatch(/^18\./);
    expect((await signIn('/')).status, app.output()).toBe(307);
    const html = await (await get(`${app.origin}/`)).text();
    // <ClientUser> ('use client', useAuth from @workos/authkit-next/client) shows the signed-in user.
    const client = html.match(/<p data-testid="client-user" data-react="([^"]+)">([^<]*)</);
    expect(client?.[2]).toBe('alice@example.com');
    // The App Router renders with Next's bundled React 19 build whatever the app installs.
    expect(client?.[1]).toMatch(/^19\./);
    expect(html).not.toContain('refresh_token');
  });

  it('a signed-in page: Next replaces the proxy’s Vary (and next.config headers()’s); the instrumentation recipe keeps Cookie', async () => {
    expect((await signIn('/')).status, app.output()).toBe(307);
    const plain = await startNext15Fixture({
      ...emulator.env,
      WORKOS_COOKIE_PASSWORD: 'a-next15-fixture-cookie-password-32-chars',
      FIXTURE_KEEP_VARY: '0',
    });
    try {
      for (const path of ['/', '/config-vary']) {
        const page = await fetch(`${plain.origin}${path}`, { headers: { cookie: jar } });
        expect(await page.text()).toContain('alice@example.com');
        expect(page.headers.get('cache-control')).toBe('private, no-store');
        // Next's own list (router headers), set while rendering: the proxy's `Vary: Cookie` and
        // the one from next.config `headers()` were both set before and are gone.
        expect(page.headers.get('vary'), path).toMatch(/^rsc, next-router-state-tree/);
        expect(page.headers.get('vary')?.toLowerCase(), path).not.toContain('cookie');
      }
    } finally {
      await plain.stop();
    }
    // The same build with instrumentation.js's recipe: Next's list plus the proxy's Cookie.
    const kept = await get(`${app.origin}/`);
    expect(await kept.text()).toContain('alice@example.com');
    expect(kept.headers.get('cache-control')).toBe('private, no-store');
    expect(kept.headers.get('vary')).toMatch(/^rsc, next-router-state-tree/);
    expect(kept.headers.get('vary')).toMatch(/(^|, )Cookie(,|$)/);
    // A route handler's Response keeps the proxy's Vary either way.
    expect((await get(`${app.origin}/api/me`)).headers.get('vary')).toContain('Cookie');
  });
});
