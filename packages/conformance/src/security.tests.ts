import { expect, it } from 'vitest';
import { type SuiteContext, seeded } from './context.js';

const ATTACKER = 'https://evil.example';
const FORM = 'application/x-www-form-urlencoded';

/** Headers a browser sends with a form another site posts to the app. */
const crossSite = { origin: ATTACKER, 'sec-fetch-site': 'cross-site', 'content-type': FORM };

/**
 * Attacks an adversarial review reproduced against the adapters and examples, over HTTP: each
 * must fail (docs/guarantees.md, "Hostile requests").
 */
export function securityTests(ctx: SuiteContext): void {
  it('a cross-site POST /logout is refused (403) and the session survives', async () => {
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const before = ctx.sessionCookie(browser);
    const response = await browser.send('/logout', { method: 'POST', headers: crossSite });
    expect(response.status).toBe(403);
    await response.body?.cancel();
    expect(ctx.sessionCookie(browser)).toBe(before);
    expect((await browser.getJson('/api/me')).status).toBe(200);
  });

  it('a cross-site POST /switch-organization is refused (403) and the organization stays', async () => {
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const response = await browser.send('/switch-organization', {
      method: 'POST',
      headers: crossSite,
      body: new URLSearchParams({ organizationId: seeded.globex }).toString(),
    });
    expect(response.status).toBe(403);
    await response.body?.cancel();
    expect((await browser.getJson('/api/me')).json).toMatchObject({ organizationId: seeded.acme });
  });

  it('a cross-site org-switch form never starts a sign-in into its organization (signed out)', async () => {
    const browser = ctx.browser();
    const navigation = await browser.navigate('/switch-organization', {
      method: 'POST',
      headers: crossSite,
      body: new URLSearchParams({ organizationId: seeded.globex }).toString(),
    });
    // Refused (403), or at most a plain sign-in (an app guarding every route): never one into
    // the organization the other site named.
    for (const hop of navigation.hops) {
      expect(hop.url.searchParams.get('organization_id')).not.toBe(seeded.globex);
      expect(hop.location?.searchParams.get('organization_id') ?? null).not.toBe(seeded.globex);
    }
    expect(navigation.hops[0]?.status === 403 || navigation.hops[0]?.location !== null).toBe(true);
  });

  // (Next replaces `Vary` on app pages with its own list; `private, no-store` makes it moot.)
  it('signed-in pages and APIs are private and uncached', async () => {
    const browser = ctx.browser();
    await ctx.signIn(browser);
    for (const path of ['/', '/account', '/api/me']) {
      const accept = path.startsWith('/api/') ? 'application/json' : 'text/html';
      const response = await browser.send(path, { headers: { accept } });
      expect(response.status, path).toBe(200);
      await response.body?.cancel();
      expect(response.headers.get('cache-control') ?? '', path).toMatch(/private/);
      expect(response.headers.get('cache-control') ?? '', path).toMatch(/no-store/);
    }
  });

  it('a crafted returnPathname never answers 5xx (long, non-ASCII, malformed encoding)', async () => {
    for (const returnPathname of [
      `/${'é'.repeat(2000)}`,
      `/${'%'.repeat(3000)}`,
      `/account?${'a=%E0%A4%A&'.repeat(300)}`,
      '/%00%0d%0aSet-Cookie:x=1',
    ]) {
      const browser = ctx.browser();
      const response = await browser.send(`/login?${new URLSearchParams({ returnPathname })}`);
      expect(response.status, returnPathname.slice(0, 20)).toBeLessThan(500);
      await response.body?.cancel();
    }
  });

  it('abandoned sign-ins with long return paths never leave more than 4 KB of verifier cookies', async () => {
    const browser = ctx.browser();
    browser.jar.set('app-pref', 'x'.repeat(1000));
    const returnPathname = `/account?${'q=1&'.repeat(450)}`;
    for (let i = 0; i < 6; i++) {
      const response = await browser.send(`/login?${new URLSearchParams({ returnPathname })}`);
      expect(response.status).toBeLessThan(500);
      await response.body?.cancel();
    }
    const bytes = browser.jar
      .names()
      .filter((n) => ctx.isVerifierCookie(n))
      .reduce((sum, n) => sum + n.length + 1 + (browser.jar.get(n)?.length ?? 0), 0);
    expect(bytes).toBeLessThanOrEqual(4096);
    // The next page still loads (no HTTP 431 from an oversized Cookie header).
    const home = await browser.send('/');
    expect(home.status).toBe(200);
    await home.body?.cancel();
  });

  it('bogus session chunk cookies do not inflate the response', async () => {
    const browser = ctx.browser();
    for (let i = 8; i < 208; i++) browser.jar.set(`${ctx.cookieName}.${i}`, 'x');
    browser.jar.set(`${ctx.cookieName}.0`, '2:broken');
    const response = await browser.send('/');
    expect(response.status).toBe(200);
    await response.body?.cancel();
    expect(response.headers.getSetCookie().length).toBeLessThanOrEqual(10);
  });

  it("the callback error page shows WorkOS's error code, never the URL's description", async () => {
    const browser = ctx.browser();
    const url = new URL('/callback', browser.origin);
    url.searchParams.set('error', 'access_denied');
    url.searchParams.set('error_description', 'Account locked: call +1 555 0100 now');
    const response = await browser.send(url);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).not.toContain('555 0100');
  });
}
