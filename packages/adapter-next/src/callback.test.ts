import { Browser } from '@authkit-internal/conformance';
import { describe, expect, it } from 'vitest';
import { type CallbackSuccess, type HandleAuthOptions, handleAuth } from './callback.js';
import { configuredEmulator, createFixtureApp, fixtureRoutes } from './test-support/fixture-app.js';
import { createRouteRunner } from './test-support/next-route.js';

const origin = 'http://localhost:3000';
const emulator = configuredEmulator(origin);

function appWith(options: HandleAuthOptions) {
  const routes = {
    ...fixtureRoutes,
    'GET /callback': createRouteRunner('/callback', { get: handleAuth(options) }),
  };
  const fetch = createFixtureApp({}, routes);
  return new Browser({
    appFetch: fetch,
    origin,
    emulatorUrl: emulator.url,
    loginHint: 'alice@example.com',
  });
}

describe('handleAuth', () => {
  it('calls onSuccess with the auth and custom state, and uses returnPathname when the sign-in gave none', async () => {
    const seen: CallbackSuccess[] = [];
    const browser = appWith({
      returnPathname: '/welcome',
      onSuccess: (result) => void seen.push(result),
    });
    const navigation = await browser.navigate('/login');
    const callback = navigation.hops.find((hop) => hop.url.pathname === '/callback');
    expect(callback?.location?.href).toBe(`${origin}/welcome`);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.auth.user.email).toBe('alice@example.com');
    expect(seen[0]?.authResponse.accessToken).toBe(seen[0]?.auth.accessToken);
  });

  it('lets onError build the response and still clears the verifier, with no-store', async () => {
    const errors: unknown[] = [];
    const browser = appWith({
      onError: ({ error }) => {
        errors.push(error);
        return new Response('custom', { status: 418 });
      },
    });
    const login = await browser.send('/login');
    const state = new URL(login.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const response = await browser.send(
      `/callback?code=bogus&state=${encodeURIComponent(`${state}x`)}`,
    );
    expect(response.status).toBe(418);
    expect(await response.text()).toBe('custom');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(errors).toHaveLength(1);
    expect(browser.jar.names().filter((name) => name.startsWith('wos-auth-verifier'))).toEqual([]);
  });

  it('answers 400 with the error code for a WorkOS error, never echoing what the URL carried', async () => {
    const browser = appWith({});
    const response = await browser.send(
      '/callback?error=access_denied%3Cscript%3E&error_description=no',
    );
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('data-testid="auth-error">auth_callback_failed</code>');
    expect(body).not.toContain('<script>');
    expect(
      response.headers.getSetCookie().some((line) => line.startsWith('wos-auth-verifier')),
    ).toBe(true);
  });
});
