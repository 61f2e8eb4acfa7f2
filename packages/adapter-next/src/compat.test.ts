// The calls of `@workos-inc/authkit-nextjs` 4.3 this adapter offers, through Next's own route
// module and NextRequest, the real SDK and the emulator.
import { Browser } from '@authkit-internal/conformance';
import {
  defaultCredentials,
  defaultIds,
  defaultSeed,
  startEmulator,
} from '@workos/authkit-emulator';
import { getWorkOS, InvalidArgumentError, type SessionRefreshError } from '@workos/authkit-session';
import { decodeClaims } from '@workos/authkit-session/adapter';
import { NextRequest, NextResponse } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { withAuth } from './auth.js';
import { authkit } from './authkit.js';
import { handleAuth } from './callback.js';
import { authkitProxy } from './proxy.js';
import { handleAuthkitProxy } from './proxy-headers.js';
import { checkRecentAuth, getTokenClaims, saveSession, validateApiKey } from './session-tools.js';
import { switchToOrganization } from './switch-organization.js';
import {
  configureForEmulator,
  createFixtureApp,
  downstreamHeaders,
} from './test-support/fixture-app.js';
import { createRouteRunner } from './test-support/next-route.js';
import { signIn, signInWithExpiredToken, sleep } from './test-support/sign-in.js';
import type { HandleAuthSuccessData } from './types.js';

const origin = 'http://localhost:3000';
const initech = 'org_01INITECH0000000000000000';
let emulator: Awaited<ReturnType<typeof startEmulator>>;
const app = createFixtureApp({
  middlewareAuth: { enabled: true, unauthenticatedPaths: ['/', '/login'] },
});

beforeAll(async () => {
  // The default seed plus Initech, an organization of Alice's that enforces SSO.
  emulator = await startEmulator({
    port: 0,
    seed: {
      ...defaultSeed,
      organizations: [
        ...(defaultSeed.organizations ?? []),
        { id: initech, name: 'Initech', ssoConnectionIds: ['conn_01INITECH'] },
      ],
      memberships: [
        ...(defaultSeed.memberships ?? []),
        {
          id: 'om_01ALICEINITECH00000000000',
          userId: defaultIds.alice,
          organizationId: initech,
          role: 'member',
        },
      ],
    },
  });
  configureForEmulator(emulator, origin);
});
afterAll(() => emulator.stop());

const nextRequest = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, origin), { headers: { accept: 'text/html', ...headers } });

describe('authkit(request) with handleAuthkitProxy', () => {
  it('signed out: an authorizationUrl whose verifier cookie is only set when redirecting there', async () => {
    const request = nextRequest('/reports?y=1', {
      'x-workos-session': 'forged',
      'x-url': 'https://evil.example/',
    });
    const { session, headers, authorizationUrl } = await authkit(request);
    expect(session.user).toBeNull();
    expect(new URL(authorizationUrl ?? '').pathname).toBe('/user_management/authorize');

    const passed = handleAuthkitProxy(request, headers);
    expect(passed.headers.get('x-middleware-next')).toBe('1');
    expect(passed.headers.getSetCookie()).toEqual([]);
    expect([...passed.headers.keys()].filter((name) => name.startsWith('x-workos'))).toEqual([]);
    const forwarded = downstreamHeaders(request.headers, passed);
    expect(forwarded.get('x-workos-session')).toBeNull();
    expect(forwarded.get('x-url')).toBe(`${origin}/reports?y=1`);

    const redirected = handleAuthkitProxy(request, headers, { redirect: authorizationUrl });
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get('location')).toBe(authorizationUrl);
    const verifiers = redirected.headers
      .getSetCookie()
      .filter((l) => l.startsWith('wos-auth-verifier-'));
    expect(verifiers).toHaveLength(1);
    expect(redirected.headers.get('cache-control')).toBe('no-store');
    expect(() => handleAuthkitProxy(request, headers, { redirect: 'http://[' })).toThrow(
      InvalidArgumentError,
    );
  });

  it('signed in: the user, private no-store + Vary: Cookie, and a refresh token that does not spread', async () => {
    const browser = await signIn(app, emulator, origin);
    const request = nextRequest('/account', { cookie: browser.jar.header() });
    const { session, headers, authorizationUrl } = await authkit(request);
    expect(authorizationUrl).toBeUndefined();
    expect(session.user?.email).toBe('alice@example.com');
    expect(session.refreshToken).toMatch(/.+/);
    const { accessToken, ...rest } = session;
    expect(accessToken).toMatch(/^ey/);
    expect(Object.keys(rest)).not.toContain('refreshToken');
    expect(JSON.stringify(session)).not.toContain(session.refreshToken ?? 'never');
    const response = handleAuthkitProxy(request, headers);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toBe('Cookie');
  });

  it('eagerAuth writes a short-lived script-readable access-token cookie on page loads only', async () => {
    const browser = await signIn(app, emulator, origin);
    const page = await authkit(nextRequest('/', { cookie: browser.jar.header() }), {
      eagerAuth: true,
    });
    const line = page.headers.getSetCookie().find((l) => l.startsWith('workos-access-token='));
    expect(line).toContain(`workos-access-token=${page.session.accessToken}`);
    expect(line).toMatch(/Max-Age=30/);
    expect(line).not.toMatch(/HttpOnly/i);
    const rsc = await authkit(nextRequest('/', { cookie: browser.jar.header(), rsc: '1' }), {
      eagerAuth: true,
    });
    expect(rsc.headers.getSetCookie()).toEqual([]);
  });

  it('calls onSessionRefreshSuccess after a refresh and onSessionRefreshError with isTransient', async () => {
    // No clock tolerance, so the token counts as expired as soon as `exp` passes.
    configureForEmulator(emulator, origin, { clockToleranceSeconds: 0 });
    onTestFinished(() => configureForEmulator(emulator, origin));
    const browser = await signInWithExpiredToken(app, emulator, origin);
    const onSessionRefreshSuccess = vi.fn();
    const onSessionRefreshError = vi.fn();
    const callbacks = { onSessionRefreshSuccess, onSessionRefreshError };

    emulator.injectFault({
      path: '/user_management/authenticate',
      grantType: 'refresh_token',
      status: 503,
      times: 5,
    });
    onTestFinished(() => emulator.clearFaults());
    const outage = await authkit(nextRequest('/', { cookie: browser.jar.header() }), callbacks);
    expect(outage.session.user).toBeNull();
    expect(onSessionRefreshError).toHaveBeenCalledWith(
      expect.objectContaining({ isTransient: true }),
    );
    expect(outage.headers.getSetCookie().some((l) => l.startsWith('wos-session='))).toBe(false);
    emulator.clearFaults();

    emulator.setAccessTokenTtl(1);
    onTestFinished(() => emulator.setAccessTokenTtl(300));
    const recovered = await authkit(nextRequest('/', { cookie: browser.jar.header() }), callbacks);
    expect(recovered.session.user?.email).toBe('alice@example.com');
    expect(onSessionRefreshSuccess).toHaveBeenCalledWith(
      expect.objectContaining({
        accessToken: recovered.session.accessToken,
        organizationId: defaultIds.acme,
      }),
    );

    const renewed = recovered.headers
      .getSetCookie()
      .find((line) => line.startsWith('wos-session='))
      ?.split(';')[0];
    expect(renewed, 'the refreshed cookie').toBeTruthy();
    emulator.revokeSession(recovered.session.sessionId ?? '');
    // Past the renewed token's expiry: a still-valid token would (rightly) keep the user signed in.
    const exp = decodeClaims(recovered.session.accessToken ?? '')?.exp ?? 0;
    await sleep(Math.max(0, exp * 1000 - Date.now()) + 100);
    onSessionRefreshError.mockClear();
    const ended = await authkit(nextRequest('/', { cookie: renewed ?? '' }), callbacks);
    expect(ended.session.user).toBeNull();
    const [{ isTransient, error }] = onSessionRefreshError.mock.calls[0] as [
      { isTransient: boolean; error: SessionRefreshError },
    ];
    expect(isTransient).toBe(false);
    expect(error.terminal).toBe(true);
    expect(ended.headers.getSetCookie().some((l) => /^wos-session=;.*Max-Age=0/i.test(l))).toBe(
      true,
    );
  });
});

describe('authkitProxy options', () => {
  it('honours path-to-regexp groups in unauthenticatedPaths and rejects a bad pattern at creation', async () => {
    const proxy = authkitProxy({
      middlewareAuth: { enabled: true, unauthenticatedPaths: ['/docs(.*)', '/users/:id(\\d+)'] },
      signUpPaths: ['/join(.*)'],
    });
    for (const open of ['/docs', '/docs/intro', '/users/12']) {
      expect((await proxy(nextRequest(open))).headers.get('x-middleware-next'), open).toBe('1');
    }
    const closed = await proxy(nextRequest('/users/ab'));
    expect(closed.status).toBe(307);
    const join = await proxy(nextRequest('/join/team'));
    expect(new URL(join.headers.get('location') ?? '').searchParams.get('screen_hint')).toBe(
      'sign-up',
    );
    expect(() =>
      authkitProxy({ middlewareAuth: { enabled: true, unauthenticatedPaths: ['/docs('] } }),
    ).toThrow(/unauthenticatedPaths/);
  });

  it('a misconfigured app answers a clear error page and logs the problem once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = {
      ...emulator.env,
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      WORKOS_COOKIE_PASSWORD: 'short',
    };
    const { configure } = await import('@workos/authkit-session');
    configure({}, (name) => (env as Record<string, string>)[name]);
    onTestFinished(() => {
      errors.mockRestore();
      configureForEmulator(emulator, origin);
    });
    const proxy = authkitProxy();
    const first = await proxy(nextRequest('/'));
    const second = await proxy(nextRequest('/other'));
    for (const response of [first, second]) {
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      const html = await response.text();
      expect(html).toContain('data-testid="authkit-configuration-error"');
      expect(html).toContain('WORKOS_COOKIE_PASSWORD');
      expect(html).not.toMatch(/at \w+ \(/);
    }
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('withAuth({ ensureSignedIn }) signs in the way the proxy would: its redirectUri and signUpPaths', async () => {
    const guarded = createRouteRunner('/join', {
      get: async () => NextResponse.json(await withAuth({ ensureSignedIn: true })),
    });
    const response = await guarded(
      new Request(`${origin}/join/now`, {
        headers: {
          'x-url': `${origin}/join/now`,
          'x-redirect-uri': 'http://localhost:3000/auth/preview-callback',
          'x-sign-up-paths': JSON.stringify(['/join(.*)']),
        },
      }),
    );
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('screen_hint')).toBe('sign-up');
    expect(location.searchParams.get('redirect_uri')).toBe(
      'http://localhost:3000/auth/preview-callback',
    );
  });
});

describe('session tools', () => {
  it('saveSession after a custom password sign-in, then withAuth, getTokenClaims and checkRecentAuth', async () => {
    const signInRoute = createRouteRunner('/password', {
      post: async (request) => {
        const form = await request.formData();
        const response = await getWorkOS().userManagement.authenticateWithPassword({
          clientId: emulator.env.WORKOS_CLIENT_ID,
          email: String(form.get('email')),
          password: String(form.get('password')),
        });
        await saveSession(response, request);
        return NextResponse.redirect(new URL('/', request.url), 303);
      },
    });
    const body = new URLSearchParams({
      email: 'bob@example.com',
      password: defaultCredentials.bobPassword,
    });
    const saved = await signInRoute(new Request(`${origin}/password`, { method: 'POST', body }));
    const cookie = saved.headers.getSetCookie().find((l) => l.startsWith('wos-session='));
    expect(cookie).toMatch(/HttpOnly/i);

    const me = createRouteRunner('/me', {
      get: async () => {
        const auth = await withAuth();
        const claims = await getTokenClaims();
        return NextResponse.json({
          email: auth.user?.email,
          sub: claims.sub,
          fresh: await checkRecentAuth({ maxAge: 300 }),
          decoded: (await getTokenClaims(auth.accessToken)).sid === auth.sessionId,
        });
      },
    });
    const answer = await me(
      new Request(`${origin}/me`, { headers: { cookie: cookie?.split(';')[0] ?? '' } }),
    );
    const json = await answer.json();
    expect(json).toMatchObject({
      email: 'bob@example.com',
      sub: defaultIds.bob,
      decoded: true,
    });
    expect(json.fresh.isStale).toBe(false);
    expect(new Date(json.fresh.authenticatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const signedOut = await me(new Request(`${origin}/me`));
    expect((await signedOut.json()).fresh).toEqual({ isStale: true, authenticatedAt: null });
  });

  it('validateApiKey reads Authorization: Bearer and asks WorkOS', async () => {
    const api = createRouteRunner('/api/widgets', {
      get: async () => NextResponse.json(await validateApiKey()),
    });
    const call = async (authorization?: string) =>
      (
        await api(
          new Request(`${origin}/api/widgets`, { headers: authorization ? { authorization } : {} }),
        )
      ).json();
    expect((await call(`Bearer ${defaultCredentials.apiKey.value}`)).apiKey).toMatchObject({
      id: defaultCredentials.apiKey.id,
    });
    expect(await call('Bearer sk_test_not_a_key')).toEqual({ apiKey: null });
    expect(await call('Basic abc')).toEqual({ apiKey: null });
    expect(await call()).toEqual({ apiKey: null });
  });

  it('switchToOrganization redirects to returnTo, or through sign-in when the organization requires SSO', async () => {
    const browser = await signIn(app, emulator, origin);
    const switcher = (organizationId: string) =>
      createRouteRunner('/switch', {
        post: async () => switchToOrganization(organizationId, { returnTo: '/dashboard?tab=1' }),
      });
    const switched = await switcher(defaultIds.globex)(
      new Request(`${origin}/switch`, {
        method: 'POST',
        headers: { cookie: browser.jar.header() },
      }),
    );
    expect([303, 307]).toContain(switched.status);
    browser.jar.store(switched);
    expect(
      new URL(switched.headers.get('location') ?? '', origin).pathname +
        new URL(switched.headers.get('location') ?? '', origin).search,
    ).toBe('/dashboard?tab=1');
    expect(switched.headers.getSetCookie().some((l) => l.startsWith('wos-session='))).toBe(true);

    const sso = await switcher(initech)(
      new Request(`${origin}/switch`, {
        method: 'POST',
        headers: { cookie: browser.jar.header() },
      }),
    );
    const location = new URL(sso.headers.get('location') ?? '');
    expect(location.pathname).toBe('/user_management/authorize');
    expect(location.searchParams.get('organization_id')).toBe(initech);
    expect(sso.headers.getSetCookie().some((l) => l.startsWith('wos-auth-verifier-'))).toBe(true);
  });

  it('handleAuth({ onSuccess }) receives the original fields as well as auth', async () => {
    let received: (HandleAuthSuccessData & { returnPathname?: string }) | undefined;
    const callback = createRouteRunner('/callback', {
      get: handleAuth({
        onSuccess: (data) => {
          received = data;
        },
      }),
    });
    const routes: Record<string, (request: Request) => Promise<Response>> = {
      '/callback': callback,
      '/login': (request) => app(request),
      '/': (request) => app(request),
    };
    const browser = new Browser({
      appFetch: (request) => (routes[new URL(request.url).pathname] ?? app)(request),
      origin,
      emulatorUrl: emulator.url,
      loginHint: 'alice@example.com',
    });
    await browser.navigate('/login?returnPathname=/');
    expect(received).toMatchObject({
      user: { email: 'alice@example.com' },
      accessToken: expect.stringMatching(/^ey/),
      refreshToken: expect.any(String),
      organizationId: defaultIds.acme,
      authenticationMethod: expect.any(String),
      returnPathname: '/',
    });
  });
});
