import { InvalidArgumentError } from '@workos/authkit-session';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkRecentAuth, requireRecentAuth } from './index.js';
import { createTestApp } from './test-support/app.js';
import { browserFor, type Emulator, startTestEmulator } from './test-support/harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

function createApp() {
  const app = createTestApp();
  app.get('/recent', (c) => c.json(checkRecentAuth(c, { maxAge: 300 })));
  app.get('/billing', requireRecentAuth({ maxAge: 300 }), (c) =>
    c.html(`<p data-testid="billing">${c.var.auth.user.email}</p>`),
  );
  app.get('/api/billing', requireRecentAuth({ maxAge: 300 }), (c) =>
    c.json({ email: c.var.auth.user.email }),
  );
  return app;
}

/**
 * Signs in with the emulator's clock ten minutes behind (and hour-long tokens, still valid now):
 * `auth_time` is ten minutes old.
 */
async function signInTenMinutesAgo(browser: ReturnType<typeof browserFor>) {
  emulator.setClockOffset(-600);
  emulator.setAccessTokenTtl(3600);
  try {
    expect((await browser.navigate('/login?returnPathname=/')).status).toBe(200);
  } finally {
    emulator.setClockOffset(0);
    emulator.setAccessTokenTtl(300);
  }
}

describe('checkRecentAuth(c)', () => {
  it('reads auth_time of a fresh sign-in as recent, and signed out as stale', async () => {
    const browser = browserFor(createApp(), emulator);
    expect((await browser.getJson('/recent')).json).toEqual({
      isStale: true,
      authenticatedAt: null,
    });
    await browser.navigate('/login?returnPathname=/');
    const recent = (await browser.getJson('/recent')).json as {
      isStale: boolean;
      authenticatedAt: string;
    };
    expect(recent.isStale).toBe(false);
    expect(Math.abs(Date.parse(recent.authenticatedAt) - Date.now())).toBeLessThan(10_000);
  });
});

describe('requireRecentAuth()', () => {
  it('lets a recent sign-in through', async () => {
    const browser = browserFor(createApp(), emulator);
    await browser.navigate('/login?returnPathname=/');
    const page = await browser.navigate('/billing');
    expect(page.status).toBe(200);
    expect(page.body).toContain('alice@example.com');
  });

  it('sends an old sign-in through sign-in again with max_age, back to the page', async () => {
    const browser = browserFor(createApp(), emulator);
    await signInTenMinutesAgo(browser);
    expect(((await browser.getJson('/recent')).json as { isStale: boolean }).isStale).toBe(true);
    const stale = await browser.send('/billing?tab=cards');
    expect(stale.status).toBe(307);
    const location = new URL(stale.headers.get('location') ?? '');
    expect(location.pathname).toBe('/user_management/authorize');
    expect(location.searchParams.get('max_age')).toBe('300');
    expect(location.searchParams.get('login_hint')).toBe('alice@example.com');
    expect(stale.headers.get('cache-control')).toMatch(/no-store/);
    const again = await browser.navigate(location);
    expect(again.url.pathname).toBe('/billing');
    expect(again.url.search).toBe('?tab=cards');
    expect(again.status).toBe(200);
    expect(((await browser.getJson('/recent')).json as { isStale: boolean }).isStale).toBe(false);
  });

  it('answers API requests 401 reauthentication_required, and signed-out ones like requireAuth', async () => {
    const browser = browserFor(createApp(), emulator);
    expect((await browser.getJson('/api/billing')).json).toEqual({ error: 'unauthorized' });
    await signInTenMinutesAgo(browser);
    const stale = await browser.getJson('/api/billing');
    expect(stale.status).toBe(401);
    expect(stale.json).toEqual({ error: 'reauthentication_required' });
  });

  it('refuses a bad maxAge when the route is built', () => {
    expect(() => requireRecentAuth({ maxAge: -1 })).toThrow(InvalidArgumentError);
  });
});
