import { defaultCredentials, type Emulator, startEmulator } from '@workos/authkit-emulator';
import { TestBrowser } from '@workos/authkit-emulator/testing';
import { Cookie } from 'tough-cookie';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from './app.js';

const ORIGIN = 'http://localhost:3911';
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

/** A scripted browser on the app in-process, configured through bindings (the real SDK over HTTP). */
function browser(): TestBrowser {
  const app = createApp();
  const bindings = {
    ...emulator.env,
    WORKOS_REDIRECT_URI: `${ORIGIN}/callback`,
    WORKOS_COOKIE_PASSWORD: 'example-hono-test-cookie-password-0123456789',
  };
  return new TestBrowser({
    appFetch: async (request) => app.request(request, undefined, bindings),
    origin: ORIGIN,
    emulatorUrl: emulator.url,
  });
}

const submit = (user: TestBrowser, fields: Record<string, string>, origin = ORIGIN) =>
  user.send('/sign-in/password', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ returnPathname: '/account', ...fields }).toString(),
  });

describe('custom password sign-in page', () => {
  it('renders the form, uncached', async () => {
    const page = await browser().send('/sign-in/password?returnPathname=/account');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('data-testid="password-form"');
    expect(html).toContain('value="/account"');
  });

  it('signs in with the password and ends in saveSession: the normal session cookie', async () => {
    const user = browser();
    const response = await submit(user, {
      email: 'bob@example.com',
      password: defaultCredentials.bobPassword,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/account');
    const session = response.headers
      .getSetCookie()
      .map((line) => Cookie.parse(line))
      .find((c) => c?.key === 'wos-session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.path).toBe('/');
    expect(String(session?.sameSite).toLowerCase()).toBe('lax');
    expect(emulator.calls({ grantType: 'password' })).toHaveLength(1);
    const account = await user.navigate('/account');
    expect(account.status).toBe(200);
    expect(account.body).toContain('bob@example.com');
  });

  it('a wrong password re-renders the form (401) without a cookie, keeping the email', async () => {
    const response = await submit(browser(), { email: 'bob@example.com', password: 'nope' });
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('Email or password is incorrect.');
    expect(html).toContain('value="bob@example.com"');
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('a step-up answer (several organizations) points to the hosted sign-in', async () => {
    const response = await submit(browser(), {
      email: 'alice@example.com',
      password: defaultCredentials.alicePassword,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('use the hosted sign-in to pick one');
  });

  it('refuses a cross-origin post before asking WorkOS', async () => {
    const response = await submit(
      browser(),
      { email: 'bob@example.com', password: defaultCredentials.bobPassword },
      'https://evil.example',
    );
    expect(response.status).toBe(403);
    expect(emulator.calls({ path: '/user_management/authenticate' })).toHaveLength(0);
  });
});
