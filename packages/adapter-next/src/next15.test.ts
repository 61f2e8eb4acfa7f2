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
    jar = '';
    emulator.setAccessTokenTtl(1);
    const login = await get(
      `${app.origin}/login?loginHint=alice@example.com&returnPathname=/api/me`,
    );
    const authorize = await fetch(login.headers.get('location') ?? '', { redirect: 'manual' });
    const callback = await get(authorize.headers.get('location') ?? '');
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
