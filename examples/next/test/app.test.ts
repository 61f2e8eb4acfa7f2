import { defaultIds, startEmulator } from '@workos/authkit-emulator';
import { freePort, TestBrowser, testId } from '@workos/authkit-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAliceAtAcme, expectAliceAtGlobex, expectSignInErrorPage } from './expect-pages.js';
import { startNext } from './server.js';

const seeded = {
  alice: { email: 'alice@example.com' },
  globex: defaultIds.globex,
};

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

let emulator: Emulator;
let server: Awaited<ReturnType<typeof startNext>>;

/** One emulator and one `next start` of the built example. */
async function stack() {
  emulator = await startEmulator({ port: 0 });
  const port = await freePort();
  server = await startNext(port, {
    ...emulator.env,
    WORKOS_REDIRECT_URI: `http://localhost:${port}/callback`,
    WORKOS_COOKIE_PASSWORD: 'example-test-cookie-password-32-chars-min',
  });
}

const refreshes = () =>
  emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' }).length;

beforeAll(stack, 90_000);
afterAll(async () => {
  await server?.stop();
  await emulator?.stop();
});

describe('examples/next under next start, driven by a scripted browser', () => {
  it('signs in, lands on the page asked for, refreshes once on expiry, switches org and signs out', async () => {
    emulator.setAccessTokenTtl(2);
    const browser = new TestBrowser({
      origin: server.url,
      emulatorUrl: emulator.url,
      loginHint: seeded.alice.email,
    });

    const first = await browser.navigate('/account');
    expect(first.url.pathname).toBe('/account');
    expectAliceAtAcme(first.body);
    expect(testId(first.body, 'client-user-email')).toBe(seeded.alice.email);

    emulator.setAccessTokenTtl(300);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    const before = refreshes();
    const refreshed = await browser.navigate('/account');
    expect(testId(refreshed.body, 'user-email')).toBe(seeded.alice.email);
    const renewed = (line: string) => line.startsWith('wos-session=') && !/max-age=0/i.test(line);
    expect(refreshed.hops[0]?.setCookie.some(renewed)).toBe(true);
    const again = await browser.navigate('/account');
    expect(again.hops[0]?.setCookie).toEqual([]);
    // A signed-in page is private, and varies on Cookie: Next 16 sets its own Vary (router
    // headers) while rendering, which instrumentation.ts extends with the proxy's Cookie.
    expect(again.headers.get('cache-control')).toContain('private');
    expect(again.headers.get('cache-control')).toContain('no-store');
    expect(again.headers.get('vary')).toMatch(/^rsc, next-router-state-tree/);
    expect(again.headers.get('vary')).toMatch(/(^|, )Cookie(,|$)/);
    expect(refreshes() - before).toBe(1);

    const switched = await browser.submit('/switch-organization', {
      organizationId: seeded.globex,
    });
    expect(switched.url.pathname).toBe('/account');
    expectAliceAtGlobex(switched.body);

    const signedOut = await browser.submit('/logout');
    expect(signedOut.url.href).toBe(`${server.url}/`);
    expect(signedOut.body).not.toContain('data-testid="user-email"');
    expect(signedOut.body).toContain('data-testid="sign-in"');
    expect((await browser.getJson('/api/me')).status).toBe(401);
  });
});

describe('error and 404 pages', () => {
  it('a failed callback answers 400 with what happened, the code and a retry', async () => {
    const browser = new TestBrowser({ origin: server.url, emulatorUrl: emulator.url });
    await browser.send('/login');
    const page = await browser.navigate('/callback?code=forged&state=forged');
    expect(page.status).toBe(400);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expectSignInErrorPage(page.body);
    expect(page.body).toContain('href="/authkit.css"');
  });

  it('an unknown page is a styled 404 (once signed in: the proxy protects every other path)', async () => {
    const browser = new TestBrowser({
      origin: server.url,
      emulatorUrl: emulator.url,
      loginHint: seeded.alice.email,
    });
    await browser.navigate('/account');
    const page = await browser.navigate('/no-such-page');
    expect(page.status).toBe(404);
    expect(page.body).toContain('Page not found');
    expect(testId(page.body, 'header-user')).toBe('Alice Anderson');
  });

  it('serves the stylesheet to signed-out visitors', async () => {
    const browser = new TestBrowser({ origin: server.url, emulatorUrl: emulator.url });
    const css = await browser.send('/authkit.css');
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('.chip');
  });
});
