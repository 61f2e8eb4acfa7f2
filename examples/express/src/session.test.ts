import { defaultIds } from '@workos/authkit-emulator';
import { decodeClaims } from '@workos/authkit-session/adapter';
import { mintTestSession } from '@workos/authkit-session/testing';
import { describe, expect, it } from 'vitest';
import {
  clears,
  TEST_COOKIE_PASSWORD,
  testIdText,
  testIdTexts,
  useStack,
} from './test-support/stack.js';

const stack = useStack();

const apiMe = () => new URL('/api/me', stack.app.url);
const refreshCount = () => stack.emulator.calls({ grantType: 'refresh_token' }).length;

describe('token refresh', () => {
  it('refreshes an expiring access token exactly once and persists the new session', async () => {
    stack.emulator.setAccessTokenTtl(2);
    try {
      const browser = stack.browser('alice@example.com');
      await stack.open(browser, '/account');
      const signedInCookie = browser.cookie(stack.app.url, 'wos-session');
      const before = refreshCount();

      await new Promise((resolve) => setTimeout(resolve, 2_200));
      const answers = await Promise.all([1, 2, 3].map(() => browser.request(apiMe())));

      expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(refreshCount() - before).toBe(1);
      for (const answer of answers) {
        expect(answer.headers.getSetCookie().some((l) => l.startsWith('wos-session='))).toBe(true);
        expect(answer.headers.get('cache-control')).toContain('no-store');
      }
      expect(browser.cookie(stack.app.url, 'wos-session')).not.toBe(signedInCookie);

      const next = await browser.request(apiMe());
      expect(next.status).toBe(200);
      expect(next.headers.getSetCookie()).toEqual([]);
      expect(refreshCount() - before).toBe(1);
    } finally {
      stack.emulator.setAccessTokenTtl(300);
    }
  });
});

describe('organization switch', () => {
  it('switches to another organization of the user and shows it on /account', async () => {
    const browser = stack.browser('alice@example.com');
    await stack.open(browser, '/account');

    const page = await browser.navigate(new URL('/switch-organization', stack.app.url), {
      form: { organizationId: defaultIds.globex },
    });

    expect(page.url.pathname).toBe('/account');
    expect(page.hops[0]?.status).toBe(303);
    expect(testIdText(page.body, 'organization-id')).toBe(defaultIds.globex);
    expect(testIdText(page.body, 'role')).toBe('member');
    expect(testIdTexts(page.body, 'permission')).toEqual(['widgets:read']);
    expect(page.body).toContain(`data-testid="switch-org-${defaultIds.acme}"`);
    const me = await browser.request(new URL('/api/me', stack.app.url));
    expect((await me.json()).organizationId).toBe(defaultIds.globex);
  });

  it('refuses an organization the user does not belong to and keeps the session', async () => {
    const browser = stack.browser('bob@example.com');
    await stack.open(browser, '/account');

    const page = await browser.navigate(new URL('/switch-organization', stack.app.url), {
      form: { organizationId: defaultIds.globex },
    });

    expect(page.status).toBe(400);
    expect(testIdText(page.body, 'auth-error')).not.toBeNull();
    expect(page.body).toContain('organization_switch_failed');
    const me = await browser.request(apiMe());
    expect(me.status).toBe(200);
    expect((await me.json()).organizationId).toBe(defaultIds.acme);
  });

  it('answers a switch without an organization with a 400 page', async () => {
    const browser = stack.browser();
    await stack.open(browser, '/account');
    const page = await browser.navigate(new URL('/switch-organization', stack.app.url), {
      form: { organizationId: '' },
    });
    expect(page.status).toBe(400);
    expect(testIdText(page.body, 'auth-error')).toContain('organization_switch_failed');
    expect(page.body).toContain('organization to switch to');
  });

  it('signs the user out when the session has ended at WorkOS', async () => {
    const browser = stack.browser('bob@example.com');
    const before = new Set(stack.emulator.sessions().map((session) => session.id));
    await stack.open(browser, '/account');
    const [opened] = stack.emulator.sessions().filter((session) => !before.has(session.id));
    stack.emulator.revokeSession(opened!.id);

    const response = await browser.request(
      new URL('/switch-organization', stack.app.url),
      'POST',
      new URLSearchParams({ organizationId: defaultIds.acme }),
    );

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?returnPathname=%2Faccount');
    expect(response.headers.getSetCookie().some((line) => clears(line, 'wos-session'))).toBe(true);
    expect(browser.cookie(stack.app.url, 'wos-session')).toBeUndefined();
  });

  it('sends a signed-out switch to sign-in, back to /account', async () => {
    const response = await stack
      .browser()
      .request(new URL('/switch-organization', stack.app.url), 'POST', new URLSearchParams());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?returnPathname=%2Faccount');
  });

  it('refuses a cross-site form post', async () => {
    const browser = stack.browser();
    await stack.open(browser, '/account');
    const cookie = `wos-session=${browser.cookie(stack.app.url, 'wos-session')}`;
    const response = await fetch(new URL('/switch-organization', stack.app.url), {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
      body: new URLSearchParams({ organizationId: defaultIds.globex }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
  });
});

describe('sign-out', () => {
  it('revokes the session at WorkOS, clears the cookie and ends on the home page', async () => {
    const browser = stack.browser('alice@example.com');
    const before = new Set(stack.emulator.sessions().map((session) => session.id));
    await stack.open(browser, '/account');
    const [opened] = stack.emulator.sessions().filter((session) => !before.has(session.id));
    expect(opened?.status).toBe('active');

    const page = await browser.navigate(new URL('/logout', stack.app.url), { method: 'POST' });

    expect(page.hops[0]?.status).toBe(303);
    expect(page.hops[0]?.setCookie.some((line) => clears(line, 'wos-session'))).toBe(true);
    expect(new URL(page.hops[0]!.location!).pathname).toBe('/user_management/sessions/logout');
    const revoked = stack.emulator.sessions().find((session) => session.id === opened!.id);
    expect(revoked?.status).toBe('revoked');
    expect(page.url.href).toBe(`${stack.app.url}/`);
    expect(page.body).toContain('data-testid="sign-in"');
    expect(browser.cookie(stack.app.url, 'wos-session')).toBeUndefined();
    expect((await browser.request(apiMe())).status).toBe(401);
  });
});

describe('sign-out while WorkOS is down and the token has expired', () => {
  it('still ends the WorkOS session and clears the cookie', async () => {
    stack.emulator.setClockOffset(-600);
    const minted = await mintTestSession({
      emulator: stack.emulator,
      user: 'alice@example.com',
      cookiePassword: TEST_COOKIE_PASSWORD,
    }).finally(() => stack.emulator.setClockOffset(0));
    const sessionId = decodeClaims(minted.accessToken)?.sid;
    const browser = stack.browser('alice@example.com');
    browser.setCookie(stack.app.url, 'wos-session', minted.cookieValue);
    stack.emulator.injectFault({
      path: '/user_management/authenticate',
      method: 'POST',
      status: 503,
      times: 20,
    });
    try {
      expect((await browser.request(apiMe())).status).toBe(401);
      const response = await browser.request(new URL('/logout', stack.app.url), 'POST');
      expect(response.status).toBe(303);
      const logout = new URL(response.headers.get('location') ?? '');
      expect(logout.pathname).toBe('/user_management/sessions/logout');
      expect(logout.searchParams.get('session_id')).toBe(sessionId);
      expect(response.headers.getSetCookie().some((line) => clears(line, 'wos-session'))).toBe(
        true,
      );
    } finally {
      stack.emulator.clearFaults();
    }
  });
});

describe('a tampered session cookie', () => {
  it.each([
    [
      'a flipped character',
      (value: string) => value.slice(0, -5) + (value.at(-5) === 'A' ? 'B' : 'A') + value.slice(-4),
    ],
    ['garbage', () => 'not-a-sealed-session'],
  ])('with %s reads as signed out and is cleared, never a 500', async (_label, tamper) => {
    const browser = stack.browser();
    await stack.open(browser, '/account');
    const sealed = browser.cookie(stack.app.url, 'wos-session')!;
    browser.setCookie(stack.app.url, 'wos-session', tamper(sealed));

    const account = await browser.request(new URL('/account', stack.app.url));
    expect(account.status).toBe(302);
    expect(account.headers.get('location')).toBe('/login?returnPathname=%2Faccount');
    expect(account.headers.getSetCookie().some((line) => clears(line, 'wos-session'))).toBe(true);

    browser.setCookie(stack.app.url, 'wos-session', tamper(sealed));
    const me = await browser.request(apiMe());
    expect(me.status).toBe(401);
    const home = await browser.navigate(new URL('/', stack.app.url));
    expect(home.status).toBe(200);
    expect(home.body).toContain('data-testid="sign-in"');
    expect(stack.app.output()).not.toMatch(/Error|Something went wrong/);
  });
});
