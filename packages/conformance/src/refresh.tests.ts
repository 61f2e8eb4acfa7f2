import { expect, it } from 'vitest';
import { type SuiteContext, seeded, sleep } from './context.js';

/** Lifetime of access tokens minted for the refresh tests, in seconds. */
const SHORT_TTL = 2;

/** Access-token expiry: one refresh, persisted; concurrent requests share it; outages keep the session. */
export function refreshTests(ctx: SuiteContext): void {
  it('an expired access token is refreshed exactly once and the new cookie persisted', async () => {
    ctx.emulator.setAccessTokenTtl(SHORT_TTL);
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const before = ctx.sessionCookie(browser);
    const refreshesBefore = ctx.refreshCount();
    await sleep(SHORT_TTL * 1000 + 1200);
    ctx.emulator.setAccessTokenTtl(300);

    const me = await browser.getJson('/api/me');
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ user: { email: seeded.alice.email } });
    expect(me.headers.get('cache-control') ?? '').toMatch(/no-store/);
    expect(ctx.refreshCount() - refreshesBefore).toBe(1);
    const after = ctx.sessionCookie(browser);
    expect(after).not.toBe('');
    expect(after).not.toBe(before);

    const again = await browser.getJson('/api/me');
    expect(again.status).toBe(200);
    expect(again.headers.getSetCookie()).toEqual([]);
    const page = await browser.navigate('/account');
    expect(page.body).toContain(seeded.alice.email);
    expect(ctx.refreshCount() - refreshesBefore).toBe(1);
  });

  it('concurrent requests with one expired token share a single refresh', async () => {
    ctx.emulator.setAccessTokenTtl(SHORT_TTL);
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const refreshesBefore = ctx.refreshCount();
    await sleep(SHORT_TTL * 1000 + 1200);
    ctx.emulator.setAccessTokenTtl(300);

    const results = await Promise.all([browser.getJson('/api/me'), browser.getJson('/api/me')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(ctx.refreshCount() - refreshesBefore).toBe(1);
  });

  it('a WorkOS outage during refresh keeps the session cookie, and a later request refreshes', async () => {
    ctx.emulator.setAccessTokenTtl(SHORT_TTL);
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const before = ctx.sessionCookie(browser);
    await sleep(SHORT_TTL * 1000 + 1200);
    ctx.emulator.setAccessTokenTtl(300);
    ctx.emulator.injectFault({
      path: '/user_management/authenticate',
      method: 'POST',
      status: 503,
      retryAfter: 0,
      times: 20,
    });

    const during = await browser.getJson('/api/me');
    expect([200, 401]).toContain(during.status);
    const clears = during.headers
      .getSetCookie()
      .filter((line) => ctx.isSessionCookie(line.split('=')[0] ?? ''));
    expect(clears).toEqual([]);
    expect(ctx.sessionCookie(browser)).toBe(before);

    ctx.emulator.clearFaults();
    const recovered = await browser.getJson('/api/me');
    expect(recovered.status).toBe(200);
    expect(recovered.json).toMatchObject({ user: { email: seeded.alice.email } });
    expect(ctx.sessionCookie(browser)).not.toBe(before);
  });
}
