import { seeded } from '@authkit-internal/conformance';
import { AuthKitError } from '@workos/authkit-session';
import { NextResponse } from 'next/server';
import { describe, expect, it, onTestFinished } from 'vitest';
import { getSignInUrl, getSignUpUrl, refreshSession, signOut, withAuth } from './auth.js';
import { switchToOrganization } from './switch-organization.js';
import {
  configuredEmulator,
  configureForEmulator,
  createFixtureApp,
} from './test-support/fixture-app.js';
import { asServerComponent, createRouteRunner } from './test-support/next-route.js';
import { refreshCount, signIn, signInWithExpiredToken } from './test-support/sign-in.js';

const origin = 'http://localhost:3000';
const { acme, globex } = seeded;
const emulator = configuredEmulator(origin);
const app = createFixtureApp({
  middlewareAuth: { enabled: true, unauthenticatedPaths: ['/', '/login'] },
});

/** A route the proxy does not cover, answering with what `withAuth()` sees. */
const whoAmI = createRouteRunner('/uncovered', {
  get: async () => {
    const auth = await withAuth();
    return NextResponse.json(
      auth.user ? { email: auth.user.email, organizationId: auth.organizationId } : { user: null },
    );
  },
});

/** The same page rendered as a server component (cookies read-only). */
const renderWhoAmI = createRouteRunner('/uncovered-page', {
  get: () =>
    asServerComponent(async () => {
      const auth = await withAuth();
      return NextResponse.json(
        auth.user ? { email: auth.user.email } : { user: null, reason: auth.reason },
      );
    }),
});

describe('withAuth', () => {
  it('ignores forged headers on a route the proxy does not cover: only the verified cookie counts', async () => {
    const browser = await signIn(app, emulator, origin);
    const sealed = browser.jar.get('wos-session') ?? '';
    const forged = {
      'x-workos-session': sealed,
      'x-authkit-session': sealed,
      'x-authkit-user': JSON.stringify({ id: 'user_evil', email: 'mallory@example.com' }),
      'x-middleware-request-cookie': `wos-session=${sealed}`,
      'x-url': `${origin}/admin`,
    };
    const forgedOnly = await whoAmI(new Request(`${origin}/uncovered`, { headers: forged }));
    expect(await forgedOnly.json()).toEqual({ user: null });

    const otherKey = `Fe26.2*1*${sealed.slice(9).split('').reverse().join('')}`;
    const badCookie = await whoAmI(
      new Request(`${origin}/uncovered`, {
        headers: { ...forged, cookie: `wos-session=${otherKey}` },
      }),
    );
    expect(await badCookie.json()).toEqual({ user: null });

    const real = await whoAmI(
      new Request(`${origin}/uncovered`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await real.json()).toEqual({ email: 'alice@example.com', organizationId: acme });
  });

  it('saves a refreshed session through cookies() in a route handler the proxy does not cover', async () => {
    const browser = await signInWithExpiredToken(app, emulator, origin);
    const before = refreshCount(emulator);
    const response = await whoAmI(
      new Request(`${origin}/uncovered`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await response.json()).toMatchObject({ email: 'alice@example.com' });
    const line = response.headers.getSetCookie().find((l) => l.startsWith('wos-session='));
    expect(line).toMatch(/HttpOnly/i);
    expect(line?.split(';')[0]).not.toBe(`wos-session=${browser.jar.get('wos-session')}`);
    expect(refreshCount(emulator) - before).toBe(1);
  });

  it('never refreshes while a server component renders: a token inside the refresh buffer stays signed in', async () => {
    emulator.setClockOffset(-290);
    const browser = await signIn(app, emulator, origin);
    emulator.setClockOffset(0);
    const before = refreshCount(emulator);
    const rendered = await renderWhoAmI(
      new Request(`${origin}/uncovered`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await rendered.json()).toMatchObject({ email: 'alice@example.com' });
    expect(rendered.headers.getSetCookie()).toEqual([]);
    expect(refreshCount(emulator) - before).toBe(0);
    // A route handler (cookies writable) refreshes the same cookie proactively and saves it.
    const handled = await whoAmI(
      new Request(`${origin}/uncovered`, { headers: { cookie: browser.jar.header() } }),
    );
    const saved = handled.headers.getSetCookie().find((l) => l.startsWith('wos-session='));
    expect(saved?.split(';')[0]).not.toBe(`wos-session=${browser.jar.get('wos-session')}`);
  });

  it('an expired token while rendering reads as signed out, keeping the cookie for a later refresh', async () => {
    // No clock tolerance, so the token counts as expired as soon as `exp` passes.
    configureForEmulator(emulator, origin, { clockToleranceSeconds: 0 });
    onTestFinished(() => configureForEmulator(emulator, origin));
    const browser = await signInWithExpiredToken(app, emulator, origin);
    const before = refreshCount(emulator);
    const rendered = await renderWhoAmI(
      new Request(`${origin}/uncovered`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await rendered.json()).toEqual({ user: null, reason: 'session_expired' });
    expect(rendered.headers.getSetCookie()).toEqual([]);
    expect(refreshCount(emulator) - before).toBe(0);
    const handled = await whoAmI(
      new Request(`${origin}/uncovered`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await handled.json()).toMatchObject({ email: 'alice@example.com' });
    expect(refreshCount(emulator) - before).toBe(1);
  });

  it('ensureSignedIn in a route handler redirects to sign-in with a verifier cookie', async () => {
    const guarded = createRouteRunner('/guarded', {
      get: async () => NextResponse.json(await withAuth({ ensureSignedIn: true })),
    });
    const response = await guarded(
      new Request(`${origin}/guarded`, { headers: { 'x-url': `${origin}/guarded?x=1` } }),
    );
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe('/user_management/authorize');
    expect(response.headers.getSetCookie().some((l) => l.startsWith('wos-auth-verifier-'))).toBe(
      true,
    );
  });

  it('ensureSignedIn while rendering hands the sign-in to the callback route, which lands back on the page', async () => {
    const page = createRouteRunner('/reports', {
      get: () =>
        asServerComponent(async () => NextResponse.json(await withAuth({ ensureSignedIn: true }))),
    });
    const response = await page(
      new Request(`${origin}/reports`, { headers: { 'x-url': `${origin}/reports?year=2026` } }),
    );
    expect(response.status).toBe(307);
    expect(response.headers.getSetCookie()).toEqual([]);
    const start = new URL(response.headers.get('location') ?? '');
    expect(start.origin + start.pathname).toBe(`${origin}/callback`);
    expect(start.searchParams.get('returnPathname')).toBe('/reports?year=2026');

    const browser = await signIn(app, emulator, origin);
    for (const name of browser.jar.names()) browser.jar.delete(name);
    const navigation = await browser.navigate(start);
    const landed = navigation.hops.at(-1);
    expect(landed?.url.pathname).toBe('/reports');
    expect(landed?.url.search).toBe('?year=2026');
    expect(browser.jar.get('wos-session')).toBeTruthy();
  });
});

describe('helpers', () => {
  it('getSignInUrl writes the verifier cookie in a route handler; while rendering it links to the callback route, or throws a clear error for options it cannot carry', async () => {
    const route = createRouteRunner('/login', {
      get: async () => NextResponse.redirect(await getSignInUrl({ returnPathname: '/x' })),
    });
    const response = await route(new Request(`${origin}/login`));
    expect(
      response.headers.getSetCookie().filter((l) => l.startsWith('wos-auth-verifier-')),
    ).toHaveLength(1);

    const results: unknown[] = [];
    const render = createRouteRunner('/page', {
      get: () =>
        asServerComponent(async () => {
          results.push(await getSignInUrl());
          results.push(await getSignUpUrl({ returnTo: '/welcome' }));
          results.push(await getSignInUrl({ state: 'team_1' }).catch((error: unknown) => error));
          return new Response('rendered');
        }),
    });
    const rendered = await render(new Request(`${origin}/page`));
    expect(rendered.headers.getSetCookie()).toEqual([]);
    expect(results[0]).toBe(`${origin}/callback?authkit_start=sign-in`);
    expect(results[1]).toBe(`${origin}/callback?authkit_start=sign-up&returnPathname=%2Fwelcome`);
    expect(results[2]).toBeInstanceOf(AuthKitError);
    expect((results[2] as AuthKitError).code).toBe('cookies_read_only');
  });

  it('switchToOrganization and refreshSession save the new session', async () => {
    const browser = await signIn(app, emulator, origin);
    const switcher = createRouteRunner('/switch', {
      get: async () =>
        NextResponse.json(await switchToOrganization(globex, { revalidationStrategy: 'none' })),
    });
    const switched = await switcher(
      new Request(`${origin}/switch`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await switched.json()).toMatchObject({ organizationId: globex, role: 'member' });
    browser.jar.store(switched);

    const after = await whoAmI(
      new Request(`${origin}/uncovered`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await after.json()).toEqual({ email: 'alice@example.com', organizationId: globex });

    const before = refreshCount(emulator);
    const refresher = createRouteRunner('/refresh', {
      get: async () => NextResponse.json(await refreshSession()),
    });
    const refreshed = await refresher(
      new Request(`${origin}/refresh`, { headers: { cookie: browser.jar.header() } }),
    );
    expect(await refreshed.json()).toMatchObject({ organizationId: globex });
    expect(refreshed.headers.getSetCookie().some((l) => l.startsWith('wos-session='))).toBe(true);
    expect(refreshCount(emulator) - before).toBe(1);
  });

  it('signed out: refreshSession answers { user: null } (or redirects with ensureSignedIn), switchToOrganization redirects to sign-in', async () => {
    const results: unknown[] = [];
    const route = createRouteRunner('/refresh', {
      get: async () => {
        results.push(await refreshSession());
        return new Response('ok');
      },
    });
    await route(new Request(`${origin}/refresh`));
    expect(results).toEqual([{ user: null, reason: 'no_session' }]);
    for (const call of [
      () => refreshSession({ ensureSignedIn: true }),
      () => switchToOrganization(globex),
    ]) {
      const redirecting = createRouteRunner('/guarded', {
        get: async () => NextResponse.json(await call()),
      });
      const response = await redirecting(new Request(`${origin}/guarded`));
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get('location') ?? '').pathname).toBe(
        '/user_management/authorize',
      );
    }
  });

  it('signOut clears the session cookie and redirects to the WorkOS logout URL for this session', async () => {
    const browser = await signIn(app, emulator, origin);
    const route = createRouteRunner('/sign-out', {
      post: () => signOut({ returnTo: `${origin}/` }),
    });
    const response = await route(
      new Request(`${origin}/sign-out`, {
        method: 'POST',
        headers: { cookie: browser.jar.header() },
      }),
    );
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe('/user_management/sessions/logout');
    expect(location.searchParams.get('session_id')).toMatch(/^session_/);
    expect(location.searchParams.get('return_to')).toBe(`${origin}/`);
    const clear = response.headers.getSetCookie().find((line) => line.startsWith('wos-session='));
    expect(clear).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });

  it('signOut and switchToOrganization refuse a cross-site request (Origin or Sec-Fetch-Site) and change nothing', async () => {
    const browser = await signIn(app, emulator, origin);
    const outcomes: unknown[] = [];
    const route = createRouteRunner('/session-change', {
      post: async () => {
        outcomes.push(
          await switchToOrganization(globex, { revalidationStrategy: 'none' }).catch(
            (e: unknown) => e,
          ),
        );
        outcomes.push(await signOut().catch((e: unknown) => e));
        return new Response('done');
      },
    });
    const attacks: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'http://sibling.localhost:3000', 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const attack of attacks) {
      outcomes.length = 0;
      const response = await route(
        new Request(`${origin}/session-change`, {
          method: 'POST',
          headers: { cookie: browser.jar.header(), ...attack },
        }),
      );
      expect(outcomes.map((e) => (e as AuthKitError).code)).toEqual([
        'cross_origin_request',
        'cross_origin_request',
      ]);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    // The same form from the app itself goes through.
    outcomes.length = 0;
    const own = await route(
      new Request(`${origin}/session-change`, {
        method: 'POST',
        headers: { cookie: browser.jar.header(), origin, 'sec-fetch-site': 'same-origin' },
      }),
    );
    expect((outcomes[0] as { organizationId?: string }).organizationId).toBe(globex);
    expect(own.headers.getSetCookie().some((line) => line.startsWith('wos-session='))).toBe(true);
  });
});
