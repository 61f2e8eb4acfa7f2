import { expect, it } from 'vitest';
import type { SuiteContext } from './context.js';

/**
 * The exact statuses and headers of the core's adapter kit, which every adapter answers with:
 * 307 to sign-in for a signed-out page, uncached 401 JSON for a signed-out API call, 307 after
 * the callback, and an uncached 400 page when the callback fails.
 */
export function adapterKitResponseTests(ctx: SuiteContext): void {
  it('a signed-out GET of a protected page is a 307 to sign-in', async () => {
    const response = await ctx.browser().send('/account');
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBeTruthy();
  });

  it('a signed-out API call is 401 JSON with Cache-Control: no-store', async () => {
    const me = await ctx.browser().getJson('/api/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('cache-control') ?? '').toMatch(/no-store/);
    expect(me.json).toEqual({ error: 'unauthorized' });
  });

  it('the callback answers 307 on success and an uncached 400 on failure', async () => {
    const browser = ctx.browser();
    const navigation = await ctx.signIn(browser, '/account');
    const callback = navigation.hops.find(
      (hop) => hop.url.origin === browser.origin && hop.url.pathname === '/callback',
    );
    expect(callback?.status).toBe(307);

    const failed = await ctx.browser().send('/callback?code=abc&state=not-a-real-state');
    expect(failed.status).toBe(400);
    expect(failed.headers.get('cache-control') ?? '').toMatch(/no-store/);
    await failed.body?.cancel();
  });
}
