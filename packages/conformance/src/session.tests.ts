import { expect, it } from 'vitest';
import { type SuiteContext, seeded } from './context.js';

const REDIRECT = [302, 303, 307];

/** Organization switch, sign-out and damaged cookies. */
export function sessionTests(ctx: SuiteContext): void {
  it('switching organization changes the organization and role, persisting the new cookie', async () => {
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const before = ctx.sessionCookie(browser);

    const navigation = await browser.submit('/switch-organization', {
      organizationId: seeded.globex,
    });
    const switchHop = navigation.hops[0];
    expect(REDIRECT).toContain(switchHop?.status);
    expect(switchHop?.headers.get('cache-control') ?? '').toMatch(/no-store/);
    expect(navigation.status).toBe(200);
    expect(navigation.url.pathname).toBe('/account');
    expect(navigation.body).toContain(seeded.globex);
    expect(ctx.sessionCookie(browser)).not.toBe(before);

    const me = await browser.getJson('/api/me');
    expect(me.json).toMatchObject({ organizationId: seeded.globex, role: 'member' });
    expect((me.json as { permissions: string[] }).permissions).not.toContain('widgets:write');
  });

  it('sign-out clears the cookie and goes through the emulator logout back to the app', async () => {
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const navigation = await browser.submit('/logout');

    const [signOut, logout] = navigation.hops;
    expect(REDIRECT).toContain(signOut?.status);
    const cleared = signOut?.setCookies.filter((c) => ctx.isSessionCookie(c.name)) ?? [];
    expect(cleared.length).toBeGreaterThanOrEqual(1);
    expect(cleared.every((c) => c.deletes)).toBe(true);
    expect(logout?.url.origin).toBe(new URL(ctx.emulator.url).origin);
    expect(logout?.url.pathname).toBe('/user_management/sessions/logout');
    const sessionId = logout?.url.searchParams.get('session_id');
    expect(sessionId).toMatch(/^session_/);
    const ended = ctx.emulator.sessions().find((session) => session.id === sessionId);
    expect(ended?.status).toBe('revoked');

    expect(navigation.url.origin).toBe(browser.origin);
    expect(navigation.status).toBe(200);
    expect(navigation.body).not.toContain(seeded.alice.email);
    expect(ctx.sessionCookie(browser)).toBe('');
    expect((await browser.getJson('/api/me')).status).toBe(401);
  });

  it('a tampered session cookie reads as signed out and is cleared, never a 500', async () => {
    const browser = ctx.browser();
    await ctx.signIn(browser);
    const name = browser.jar.names().find((n) => ctx.isSessionCookie(n)) ?? ctx.cookieName;
    const value = browser.jar.get(name) ?? '';
    const middle = Math.floor(value.length / 2);
    const flipped = value[middle] === 'A' ? 'B' : 'A';
    browser.jar.set(name, value.slice(0, middle) + flipped + value.slice(middle + 1));

    const me = await browser.send('/api/me', { headers: { accept: 'application/json' } });
    expect(me.status).toBe(401);
    const clears = me.headers.getSetCookie().filter((line) => line.startsWith(`${name}=`));
    expect(clears.length).toBe(1);
    expect(browser.jar.get(name)).toBeUndefined();

    browser.jar.set(name, 'not-a-sealed-session');
    const page = await browser.send('/account');
    expect(REDIRECT).toContain(page.status);
    expect(page.headers.getSetCookie().some((line) => line.startsWith(`${name}=`))).toBe(true);
    browser.jar.set(name, `${value.slice(0, middle)}%00%ff${value.slice(middle)}`);
    const home = await browser.send('/');
    expect(home.status).toBe(200);
    expect(await home.text()).not.toContain(seeded.alice.email);
  });
}
