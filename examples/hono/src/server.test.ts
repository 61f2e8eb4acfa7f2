import { defaultIds, type Emulator, startEmulator } from '@workos/authkit-emulator';
import { TestBrowser, testId } from '@workos/authkit-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltServer, startBuiltServer } from './test-support/built-server.js';
import {
  expectAliceAtAcme,
  expectAliceAtGlobex,
  expectSignInErrorPage,
} from './test-support/expect-pages.js';

const TOKEN_TTL = 2;

let emulator: Emulator;
let server: BuiltServer | undefined;
let origin: string;

function refreshCount(): number {
  return emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' })
    .length;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  server = await startBuiltServer(emulator);
  origin = server.origin;
}, 30_000);

afterAll(async () => {
  await server?.stop();
  await emulator?.stop();
});

function browser(): TestBrowser {
  return new TestBrowser({
    origin,
    emulatorUrl: emulator.url,
    loginHint: 'alice@example.com',
  });
}

describe('the built example server', () => {
  it('signs in, survives a token expiry with one refresh, switches organization, signs out', async () => {
    const user = browser();
    emulator.setAccessTokenTtl(TOKEN_TTL);
    const signIn = await user.navigate('/login?returnPathname=/account');
    emulator.setAccessTokenTtl(300);
    expect(signIn.status).toBe(200);
    expect(signIn.url.pathname).toBe('/account');
    expectAliceAtAcme(signIn.body);

    await new Promise((resolve) => setTimeout(resolve, TOKEN_TTL * 1000 + 1200));
    const before = refreshCount();
    const account = await user.navigate('/account');
    expect(account.status).toBe(200);
    expect(testId(account.body, 'user-email')).toBe('alice@example.com');
    expect(refreshCount() - before).toBe(1);
    const me = await user.getJson('/api/me');
    expect(me.json).toMatchObject({ user: { email: 'alice@example.com' } });
    expect(refreshCount() - before).toBe(1);

    const switched = await user.submit('/switch-organization', {
      organizationId: defaultIds.globex,
      returnPathname: '/account',
    });
    expect(switched.url.pathname).toBe('/account');
    expectAliceAtGlobex(switched.body);

    const signedOut = await user.submit('/logout');
    expect(signedOut.url.href).toBe(`${origin}/`);
    expect(signedOut.body).not.toContain('data-testid="user-email"');
    expect((await user.getJson('/api/me')).status).toBe(401);
  });

  it('renders a 400 error page with the error code when the callback state is wrong', async () => {
    const user = browser();
    await user.send('/login');
    const response = await user.send('/callback?code=x&state=forged');
    expect(response.status).toBe(400);
    const body = await response.text();
    expectSignInErrorPage(body);
    expect(user.cookieNames().filter((name) => name.startsWith('wos-auth-verifier'))).toEqual([]);
  });

  it('still renders /account when WorkOS cannot list the memberships', async () => {
    const user = browser();
    await user.navigate('/login?returnPathname=/');
    emulator.injectFault({
      path: '/user_management/organization_memberships',
      method: 'GET',
      status: 503,
      times: 10,
    });
    try {
      const account = await user.navigate('/account');
      expect(account.status).toBe(200);
      expect(testId(account.body, 'organization-id')).toBe(defaultIds.acme);
      expect(account.body).not.toContain('data-testid="switch-org-');
    } finally {
      emulator.clearFaults();
    }
  });

  it('answers an unknown page with a styled 404, and serves the stylesheet', async () => {
    const user = browser();
    const missing = await user.navigate('/no-such-page');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Page not found');
    expect(missing.body).toContain('href="/authkit.css"');
    const css = await user.send('/authkit.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain('.chip');
  });

  it('refuses a cross-site form post (CSRF)', async () => {
    const user = browser();
    const response = await user.send('/logout', {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '',
    });
    expect(response.status).toBe(403);
  });
});
