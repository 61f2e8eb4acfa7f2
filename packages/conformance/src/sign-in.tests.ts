import { expect, it } from 'vitest';
import { type SuiteContext, seeded } from './context.js';
import { looksJoined } from './cookie-jar.js';

const REDIRECT = [302, 303, 307];

/** Sign-in, sign-up and callback success: cookies, redirects and the signed-in views. */
export function signInTests(ctx: SuiteContext): void {
  it('sign-in writes an HttpOnly per-flow verifier cookie and redirects to the emulator', async () => {
    const browser = ctx.browser();
    const response = await browser.send('/login?returnPathname=/account');
    expect(REDIRECT).toContain(response.status);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe(
      `${ctx.emulator.url}/user_management/authorize`,
    );
    expect(location.searchParams.get('client_id')).toBe(ctx.emulator.clientId);
    expect(location.searchParams.get('redirect_uri')).toBe(`${browser.origin}/callback`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('state')).toBeTruthy();

    const lines = response.headers.getSetCookie();
    const verifiers = browser.jar.names().filter((name) => ctx.isVerifierCookie(name));
    expect(verifiers).toHaveLength(1);
    const verifierLine = lines.find((line) => line.startsWith(`${verifiers[0]}=`)) ?? '';
    expect(verifierLine).toMatch(/;\s*HttpOnly/i);
    expect(verifierLine).toMatch(/;\s*Path=\//i);
    expect(lines.some((line) => ctx.isSessionCookie(line.split('=')[0] ?? ''))).toBe(false);

    await browser.send('/login?returnPathname=/');
    const afterSecond = browser.jar.names().filter((name) => ctx.isVerifierCookie(name));
    expect(afterSecond).toHaveLength(2);
  });

  it('sign-up redirects to the emulator with screen_hint=sign-up', async () => {
    const response = await ctx.browser().send('/signup');
    expect(REDIRECT).toContain(response.status);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe('/user_management/authorize');
    expect(location.searchParams.get('screen_hint')).toBe('sign-up');
  });

  it('the callback sets the session and clears the verifier as separate no-store headers', async () => {
    const browser = ctx.browser();
    const navigation = await ctx.signIn(browser, '/account');
    const callback = navigation.hops.find(
      (hop) => hop.url.origin === browser.origin && hop.url.pathname === '/callback',
    );
    expect(callback).toBeDefined();
    if (!callback) return;
    expect(REDIRECT).toContain(callback.status);
    expect(callback.location?.href).toBe(`${browser.origin}/account`);
    expect(callback.headers.get('cache-control') ?? '').toMatch(/no-store/);

    const session = callback.setCookies.filter((c) => ctx.isSessionCookie(c.name) && !c.deletes);
    const verifierClears = callback.setCookies.filter(
      (c) => ctx.isVerifierCookie(c.name) && c.deletes,
    );
    expect(session.length).toBeGreaterThanOrEqual(1);
    expect(verifierClears).toHaveLength(1);
    for (const cookie of callback.setCookies) {
      expect(looksJoined(cookie.raw), cookie.raw).toBe(false);
    }
    for (const cookie of session) {
      expect(cookie.options.httpOnly).toBe(true);
      expect(cookie.options.path).toBe('/');
      expect(String(cookie.options.sameSite).toLowerCase()).toBe('lax');
    }
    expect(browser.jar.names().filter((name) => ctx.isVerifierCookie(name))).toEqual([]);
  });

  it('lands on the return path, and the protected page and /api/me show the user', async () => {
    const browser = ctx.browser();
    const navigation = await ctx.signIn(browser, '/account');
    expect(navigation.url.pathname).toBe('/account');
    expect(navigation.body).toContain(seeded.alice.email);

    const page = await browser.navigate('/account');
    expect(page.status).toBe(200);
    expect(page.body).toContain(seeded.alice.email);
    expect(page.body).toContain(seeded.acme);

    const me = await browser.getJson('/api/me');
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({
      user: { id: seeded.alice.id, email: seeded.alice.email },
      organizationId: seeded.acme,
      role: 'admin',
    });
    expect((me.json as { permissions: string[] }).permissions).toContain('widgets:write');
    expect(me.headers.getSetCookie()).toEqual([]);
  });

  it('a signed-out protected page redirects to sign-in and returns there afterwards', async () => {
    const browser = ctx.browser();
    const first = await browser.send('/account');
    expect(REDIRECT).toContain(first.status);
    const location = new URL(first.headers.get('location') ?? '', browser.origin);
    if (location.origin === browser.origin) {
      expect(location.pathname).toBe('/login');
      expect(location.searchParams.get('returnPathname')).toBe('/account');
    } else {
      expect(location.pathname).toBe('/user_management/authorize');
    }
    const navigation = await browser.navigate('/account');
    expect(navigation.status).toBe(200);
    expect(navigation.url.pathname).toBe('/account');
    expect(navigation.body).toContain(seeded.alice.email);
  });

  it('/api/me answers 401 JSON when signed out', async () => {
    const me = await ctx.browser().getJson('/api/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type') ?? '').toMatch(/application\/json/);
    expect(me.json).toEqual({ error: 'unauthorized' });
  });
}
