import { defaultIds } from '@workos/authkit-emulator';
import { TestBrowser, testId } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { expectAliceAtAcme, expectAliceAtGlobex, expectSignInErrorPage } from './expect-pages';
import { builtAppFixture } from './serve';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The built example, served for real (`node server.mjs`) against the emulator, driven by a
// scripted cookie-jar browser that follows redirects: sign in, refresh once on expiry, switch
// organization, sign out.
const served = builtAppFixture();

const refreshes = () =>
  served.emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' })
    .length;

describe('examples/tanstack-start (production build)', () => {
  it('signs in, refreshes once on expiry, switches organization and signs out', async () => {
    const browser = new TestBrowser({
      origin: served.app.origin,
      emulatorUrl: served.emulator.url,
      loginHint: 'alice@example.com',
    });

    const home = await browser.navigate('/');
    expect(home.body).toContain('data-testid="sign-in"');
    expect(testId(home.body, 'user-email')).toBeUndefined();
    expect((await browser.getJson('/api/me')).status).toBe(401);

    // Sign in: /account redirects to sign-in and comes back there.
    served.emulator.setAccessTokenTtl(2);
    const account = await browser.navigate('/account');
    expect(account.status).toBe(200);
    expect(account.url.pathname).toBe('/account');
    expectAliceAtAcme(account.body);

    // Expiry: exactly one refresh, persisted, then no more.
    const before = refreshes();
    await sleep(3200);
    served.emulator.setAccessTokenTtl(300);
    const refreshed = await browser.navigate('/account');
    expect(testId(refreshed.body, 'user-email')).toBe('alice@example.com');
    expect(refreshes() - before).toBe(1);
    expect((await browser.getJson('/api/me')).status).toBe(200);
    await browser.navigate('/');
    expect(refreshes() - before).toBe(1);

    // Switch organization with the account page's form.
    const switched = await browser.submit('/switch-organization', {
      organizationId: defaultIds.globex,
    });
    expect(switched.url.pathname).toBe('/account');
    expectAliceAtGlobex(switched.body);
    expect(await browser.getJson('/api/me')).toMatchObject({
      status: 200,
      json: { organizationId: defaultIds.globex, role: 'member' },
    });

    // Sign out through the emulator's logout, back on the home page.
    const signedOut = await browser.submit('/logout');
    expect(signedOut.hops.map((hop) => hop.url.pathname)).toContain(
      '/user_management/sessions/logout',
    );
    expect(signedOut.url.origin).toBe(served.app.origin);
    expect(signedOut.url.pathname).toBe('/');
    expect(testId(signedOut.body, 'user-email')).toBeUndefined();
    expect(browser.cookieNames().filter((name) => name.startsWith('wos-session'))).toEqual([]);
    expect((await browser.getJson('/api/me')).status).toBe(401);
  }, 30_000);
});

describe('error and 404 pages', () => {
  it('a failed callback answers 400 with what happened, the code and a retry', async () => {
    const browser = new TestBrowser({
      origin: served.app.origin,
      emulatorUrl: served.emulator.url,
    });
    await browser.send('/login');
    const page = await browser.navigate('/callback?code=forged&state=forged');
    expect(page.status).toBe(400);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expectSignInErrorPage(page.body);
  });

  it('an unknown page is a styled 404 and the stylesheet is served', async () => {
    const browser = new TestBrowser({
      origin: served.app.origin,
      emulatorUrl: served.emulator.url,
    });
    const page = await browser.navigate('/no-such-page');
    expect(page.status).toBe(404);
    expect(page.body).toContain('Page not found');
    const css = await browser.send('/authkit.css');
    expect(css.status).toBe(200);
    expect(await css.text()).toContain('.chip');
  });
});
