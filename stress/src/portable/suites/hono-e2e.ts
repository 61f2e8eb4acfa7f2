import { type AuthKitEnv, authkit, authkitRoutes, requireAuth } from '@workos/authkit-hono';
import { Hono } from 'hono';
import { assert, assertEqual, defineSuite, type PortableContext } from '../mini-test.js';
import { CookieJar } from '../support/cookie-jar.js';
import { EmulatorControls } from '../support/emulator-controls.js';
import { TEST_COOKIE_PASSWORD, TEST_REDIRECT_URI } from '../support/service.js';

const REFRESH = { path: '/user_management/authenticate', grantType: 'refresh_token' };

function buildApp() {
  const app = new Hono<AuthKitEnv>();
  app.use(authkit());
  app.route('/', authkitRoutes());
  app.get('/api/me', requireAuth(), (c) => {
    const { auth } = c.var;
    return c.json({ email: auth.user.email, organizationId: auth.organizationId ?? null });
  });
  return app;
}

function bindings(ctx: PortableContext) {
  const api = new URL(ctx.emulatorUrl);
  return {
    WORKOS_CLIENT_ID: ctx.clientId,
    WORKOS_API_KEY: ctx.apiKey,
    WORKOS_REDIRECT_URI: TEST_REDIRECT_URI,
    WORKOS_COOKIE_PASSWORD: TEST_COOKIE_PASSWORD,
    WORKOS_API_HOSTNAME: api.hostname,
    WORKOS_API_PORT: api.port,
    WORKOS_API_HTTPS: 'false',
  };
}

/** A browser driving the in-runtime Hono app with `app.request()`, keeping cookies. */
function browser(ctx: PortableContext) {
  const app = buildApp();
  const env = bindings(ctx);
  const jar = new CookieJar();
  return {
    jar,
    async go(path: string, init: RequestInit = {}) {
      const headers = new Headers(init.headers);
      if (jar.header()) headers.set('cookie', jar.header());
      const response = await app.request(`http://localhost:3000${path}`, { ...init, headers }, env);
      jar.apply(response.headers.getSetCookie());
      return response;
    },
  };
}

async function signInThroughApp(
  ctx: PortableContext,
  b: ReturnType<typeof browser>,
  clockOffsetSeconds = 0,
) {
  const login = await b.go('/login?returnPathname=/api/me');
  assertEqual(login.status, 307, 'GET /login redirects to WorkOS');
  const authorize = new URL(login.headers.get('location') ?? '');
  authorize.searchParams.set('login_hint', 'alice@example.com');
  const back = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(back.headers.get('location') ?? '');
  assertEqual(callback.pathname, '/callback', 'WorkOS redirects to the callback');
  const controls = new EmulatorControls(ctx.emulatorUrl);
  if (clockOffsetSeconds) await controls.settings({ clockOffsetSeconds });
  try {
    const done = await b.go(`${callback.pathname}${callback.search}`);
    assertEqual(
      done.status,
      307,
      `callback redirects (body: ${done.status === 307 ? '' : await done.text()})`,
    );
    assertEqual(
      new URL(done.headers.get('location') ?? '', 'http://invalid').pathname,
      '/api/me',
      'back to the page asked for',
    );
    assert(
      done.headers.getSetCookie().length >= 2,
      'session cookie and verifier clear, not joined',
    );
  } finally {
    if (clockOffsetSeconds) await controls.settings({ clockOffsetSeconds: 0 });
  }
}

/** The Hono adapter end to end, in-runtime: sign in, refresh, sign out. */
export const honoE2eSuite = defineSuite('hono', (test) => {
  test('signed out: the API answers 401 JSON', async (ctx) => {
    const response = await browser(ctx).go('/api/me');
    assertEqual(response.status, 401, 'status');
  });

  test('sign in through /login and /callback, then the API knows the user', async (ctx) => {
    const b = browser(ctx);
    await signInThroughApp(ctx, b);
    assert(b.jar.get('wos-session'), 'session cookie kept');
    assert(!b.jar.names().some((n) => n.startsWith('wos-auth-verifier')), 'verifier cleared');
    const me = await b.go('/api/me');
    assertEqual(me.status, 200, 'status');
    const body = (await me.json()) as { email: string; organizationId: string | null };
    assertEqual(body.email, 'alice@example.com', 'email');
    assert(body.organizationId, 'organization bound');
  });

  test('an expiring token is refreshed once by the middleware and the new cookie persisted', async (ctx) => {
    const controls = new EmulatorControls(ctx.emulatorUrl);
    const b = browser(ctx);
    await signInThroughApp(ctx, b, -285);
    const before = await controls.countCalls(REFRESH);
    const old = b.jar.get('wos-session');
    const first = await b.go('/api/me');
    assertEqual(first.status, 200, 'still signed in');
    assert(b.jar.get('wos-session') !== old, 'a new session cookie was set');
    // A signed-in response: private, no-store (a cookie write alone would say no-store).
    assertEqual(
      first.headers.get('cache-control'),
      'private, no-store',
      'uncached on a cookie write',
    );
    assertEqual(await controls.countCalls(REFRESH), before + 1, 'one refresh');
    const second = await b.go('/api/me');
    assertEqual(second.status, 200, 'signed in on the refreshed cookie');
    assertEqual(second.headers.getSetCookie().length, 0, 'nothing more to write');
    assertEqual(await controls.countCalls(REFRESH), before + 1, 'no second refresh');
  });

  test('sign out clears the cookie and redirects to the WorkOS logout URL', async (ctx) => {
    const b = browser(ctx);
    await signInThroughApp(ctx, b);
    const out = await b.go('/logout', { method: 'POST' });
    assert(out.status === 302 || out.status === 303, `redirect (got ${out.status})`);
    const logout = new URL(out.headers.get('location') ?? '');
    assert(logout.href.startsWith(ctx.emulatorUrl), 'to the WorkOS logout URL');
    assertEqual(b.jar.get('wos-session'), undefined, 'session cookie cleared');
    const ended = await fetch(logout, { redirect: 'manual' });
    assert(
      ended.status === 302 || ended.status === 303,
      'WorkOS ends the session and redirects back',
    );
    assertEqual((await b.go('/api/me')).status, 401, 'signed out afterwards');
  });
});
