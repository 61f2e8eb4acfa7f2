import { defaultIds } from '@workos/authkit-emulator';
import { describe, expect, it } from 'vitest';
import { clears, isSingleCookie, testIdText, testIdTexts, useStack } from './test-support/stack.js';

const VERIFIER_PREFIX = 'wos-auth-verifier';

const stack = useStack();

describe('signing in', () => {
  it('sends a signed-out visitor from /account through sign-in and back to /account', async () => {
    const browser = stack.browser('alice@example.com');
    const page = await stack.open(browser, '/account');

    expect(page.status).toBe(200);
    expect(page.url.href).toBe(`${stack.app.url}/account`);
    const [first, second] = page.hops;
    expect(first?.status).toBe(302);
    expect(first?.location).toBe('/login?returnPathname=%2Faccount');
    const verifier = second?.setCookie.find((line) => line.startsWith(VERIFIER_PREFIX));
    const verifierName = verifier?.slice(0, verifier.indexOf('='));
    expect(verifierName).toMatch(/^wos-auth-verifier/);
    const callback = page.hops.find((hop) => hop.url.pathname === '/callback');
    expect(callback?.setCookie.some((line) => clears(line, verifierName!))).toBe(true);
    expect(callback?.setCookie.some((line) => line.startsWith('wos-session='))).toBe(true);
    expect(testIdText(page.body, 'user-email')).toBe('alice@example.com');
    expect(testIdText(page.body, 'organization-id')).toBe(defaultIds.acme);
    expect(testIdText(page.body, 'role')).toBe('admin');
    expect(testIdTexts(page.body, 'permission')).toEqual([
      'widgets:read',
      'widgets:write',
      'members:manage',
    ]);
    expect(testIdText(page.body, 'organization-name')).toBe('Acme');
    expect(testIdText(page.body, 'header-user')).toBe('Alice Anderson');
    expect(testIdText(page.body, 'header-organization')).toBe('Acme');
    expect(page.body).toContain(`data-testid="switch-org-${defaultIds.globex}"`);
    expect(page.body).not.toContain(`data-testid="switch-org-${defaultIds.acme}"`);
    expect(page.body).toContain('data-testid="sign-out"');
    expect(browser.cookie(stack.app.url, 'wos-session')).toBeTruthy();
    expect(browser.cookieNames(stack.app.url).filter((n) => n.startsWith(VERIFIER_PREFIX))).toEqual(
      [],
    );
  });

  it('still renders /account when WorkOS cannot list the organizations', async () => {
    const browser = stack.browser('alice@example.com');
    await stack.open(browser, '/login');
    stack.emulator.injectFault({
      path: '/user_management/organization_memberships',
      method: 'GET',
      status: 503,
      times: 5,
    });
    try {
      const page = await stack.open(browser, '/account');
      expect(page.status).toBe(200);
      expect(testIdText(page.body, 'organization-id')).toBe(defaultIds.acme);
      expect(page.body).toContain('could not be loaded');
      expect(page.body).not.toContain('data-testid="switch-org-');
    } finally {
      stack.emulator.clearFaults();
    }
  });

  it('answers /api/me with the user, organization, role and permissions', async () => {
    const browser = stack.browser('bob@example.com');
    await stack.open(browser, '/account');
    const me = await browser.request(new URL('/api/me', stack.app.url));

    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      user: { id: defaultIds.bob, email: 'bob@example.com' },
      organizationId: defaultIds.acme,
      role: 'member',
      permissions: ['widgets:read'],
    });
  });

  it('answers /api/me with 401 JSON when signed out', async () => {
    const me = await stack.browser().request(new URL('/api/me', stack.app.url));
    expect(me.status).toBe(401);
    expect(await me.json()).toEqual({ error: 'unauthorized' });
  });

  it('shows the home page signed out, then signed in', async () => {
    const browser = stack.browser('bob@example.com');
    const before = await stack.open(browser, '/');
    expect(before.body).toContain('data-testid="sign-in"');
    expect(testIdText(before.body, 'user-email')).toBeNull();

    await stack.open(browser, '/login');
    const after = await stack.open(browser, '/');
    expect(testIdText(after.body, 'user-email')).toBe('bob@example.com');
  });

  it('sends sign-up to the hosted page with screen_hint=sign-up', async () => {
    const response = await stack.browser().request(new URL('/signup', stack.app.url));
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(new URL(stack.emulator.url).origin);
    expect(location.searchParams.get('screen_hint')).toBe('sign-up');
  });

  it('sends every cookie as its own Set-Cookie header line', async () => {
    const browser = stack.browser();
    const page = await stack.open(browser, '/account');
    const callback = page.hops.find((hop) => hop.url.pathname === '/callback');

    expect(callback?.setCookie.length).toBeGreaterThanOrEqual(2);
    const appLines = page.hops
      .filter((hop) => hop.url.origin === stack.app.url)
      .flatMap((hop) => hop.setCookie);
    for (const line of appLines) expect(isSingleCookie(line), line).toBe(true);
  });
});

describe('pages', () => {
  it('answers an unknown page with a styled 404, and serves the stylesheet', async () => {
    const browser = stack.browser();
    const missing = await browser.request(new URL('/no-such-page', stack.app.url));
    expect(missing.status).toBe(404);
    const body = await missing.text();
    expect(body).toContain('Page not found');
    expect(body).toContain('href="/authkit.css"');
    const css = await browser.request(new URL('/authkit.css', stack.app.url));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain('.chip');
  });
});

describe('open redirects', () => {
  const attempts = [
    '//evil.example/steal',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/%2F%2Fevil.example',
    '\t//evil.example',
    'http:evil.example',
  ];

  it.each(attempts)('keeps returnPathname=%j on the site', async (returnPathname) => {
    const browser = stack.browser();
    const page = await stack.open(browser, `/login?${new URLSearchParams({ returnPathname })}`);
    const callback = page.hops.find((hop) => hop.url.pathname === '/callback');

    expect(callback?.status).toBe(302);
    expect(new URL(callback!.location!, stack.app.url).origin).toBe(stack.app.url);
    expect(page.url.origin).toBe(stack.app.url);
  });
});
