import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import { type AuthKitEnv, authkit, authkitRoutes, requireAuth } from '@workos/authkit-hono';
import fc from 'fast-check';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearsCookie } from '../portable/support/cookie-jar.js';
import { mintEmulatorSession } from '../portable/support/mint.js';
import { TEST_COOKIE_PASSWORD, TEST_REDIRECT_URI } from '../portable/support/service.js';

let emulator: Emulator;
let app: Hono<AuthKitEnv>;
let env: Record<string, string>;
let sealed: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  env = {
    ...emulator.env,
    WORKOS_REDIRECT_URI: TEST_REDIRECT_URI,
    WORKOS_COOKIE_PASSWORD: TEST_COOKIE_PASSWORD,
  };
  app = new Hono<AuthKitEnv>();
  app.use(authkit());
  app.route('/', authkitRoutes());
  app.get('/', (c) => c.text(c.var.auth.user ? 'hello' : 'public'));
  app.get('/api/me', requireAuth(), (c) => c.json({ email: c.var.auth.user.email }));
  sealed = (
    await mintEmulatorSession({
      emulatorUrl: emulator.url,
      clientId: emulator.clientId,
      apiKey: emulator.apiKey,
    })
  ).sealed;
});
afterAll(async () => {
  await emulator.stop();
});

const get = (path: string, cookie?: string) =>
  app.request(`http://localhost:3000${path}`, cookie ? { headers: { cookie } } : {}, env);

function hostileCookies(): string[] {
  const cookies: string[] = [];
  for (let i = 1; i <= 30; i++)
    cookies.push(`wos-session=${sealed.slice(0, Math.floor((sealed.length * i) / 31))}`);
  for (let i = 0; i < 30; i++) {
    const at = Math.floor(((sealed.length - 1) * i) / 29);
    cookies.push(
      `wos-session=${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`,
    );
  }
  cookies.push(
    `wos-session.0=2:${sealed.slice(0, 100)}; wos-session.1=${sealed}`,
    'wos-session.0=99:x',
    `wos-session=${'A'.repeat(12_000)}`,
  );
  cookies.push(
    'wos-session=%',
    'wos-session=%C0%AF',
    'wos-session="',
    'wos-session=\u00ff\u00fe',
    'wos-session=junk; wos-session=junk2',
  );
  const junk = fc.string({
    unit: fc.constantFrom(...'Fe26.2*~_-abcXYZ019%'),
    minLength: 1,
    maxLength: 300,
  });
  for (const value of fc.sample(junk, { numRuns: 40, seed: 3 }))
    cookies.push(`wos-session=${value}`);
  return cookies;
}

describe('hostile requests through the Hono adapter', () => {
  it('answers every hostile session cookie without a 5xx: 401 + cookie clear on the API, 200 on public pages', async () => {
    const cookies = hostileCookies();
    const failures: string[] = [];
    for (const cookie of cookies) {
      const api = await get('/api/me', cookie);
      if (api.status !== 401 || !clearsCookie(api.headers.getSetCookie()))
        failures.push(`/api/me ${api.status}: ${cookie.slice(0, 50)}`);
      const home = await get('/', cookie);
      if (home.status !== 200 || (await home.text()) !== 'public')
        failures.push(`/ ${home.status}: ${cookie.slice(0, 50)}`);
    }
    console.log(
      `hono hostile cookies: ${cookies.length - failures.length}/${cookies.length} answered 401 + clear (API) and 200 (public)`,
    );
    expect(cookies.length).toBeGreaterThanOrEqual(100);
    expect(failures).toEqual([]);
  });

  it('answers hostile callback parameters with a 400 error page, never a 5xx', async () => {
    const params = [
      '',
      '?code=x',
      '?state=x',
      '?code=x&state=y',
      '?code=&state=',
      '?error=access_denied&error_description=%3Cscript%3E',
      `?code=${'a'.repeat(5000)}&state=${'b'.repeat(5000)}`,
      '?code=%00&state=%ZZ',
      '?state=abcdefghi012345678901.x&code=1',
    ];
    for (const query of params) {
      const response = await get(`/callback${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.text()).not.toContain('<script>');
    }
  });

  it('sends a signed-in user back to a same-site path whatever returnPathname asked for', async () => {
    for (const returnPathname of [
      '//evil.com',
      '/\\evil.com',
      'https://evil.com/x',
      '/%2F%2Fevil.com',
      '/ok?x=1',
    ]) {
      const login = await get(`/login?returnPathname=${encodeURIComponent(returnPathname)}`);
      const authorize = new URL(login.headers.get('location')!);
      authorize.searchParams.set('login_hint', 'alice@example.com');
      const back = new URL(
        (await fetch(authorize, { redirect: 'manual' })).headers.get('location')!,
      );
      const verifier = login.headers
        .getSetCookie()
        .map((l) => l.split(';')[0])
        .join('; ');
      const done = await get(`/callback${back.search}`, verifier);
      expect(done.status).toBe(307);
      const location = done.headers.get('location')!;
      expect(new URL(location, 'http://localhost:3000').origin, returnPathname).toBe(
        'http://localhost:3000',
      );
      if (returnPathname === '/ok?x=1') expect(location).toBe('http://localhost:3000/ok?x=1');
    }
  });

  it('a valid session still works after all of that', async () => {
    const response = await get('/api/me', `wos-session=${sealed}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ email: 'alice@example.com' });
  });
});
