import { type Browser, sleep } from '@authkit-internal/conformance';
import { defaultIds } from '@workos/authkit-emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { servedExampleFixture, serverFnPath } from './test-support/serve-example.js';

// Adapter behaviour the shared suite does not pin down, on the example's production build:
// the order of middleware and handler cookie writes, server functions called signed out,
// and the client provider rendered on the server.
const app = servedExampleFixture();
const { browser } = app;

beforeEach(() => app.emulator.setAccessTokenTtl(300));

const refreshes = () =>
  app.emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' }).length;

function sessionLines(response: { headers: Headers }): string[] {
  return response.headers.getSetCookie().filter((line) => /^wos-session(\.\d+)?=/.test(line));
}

async function signedInWithExpiredToken(): Promise<Browser> {
  app.emulator.setAccessTokenTtl(2);
  const b = browser();
  await b.navigate('/login?returnPathname=/account');
  await sleep(3200);
  app.emulator.setAccessTokenTtl(300);
  return b;
}

describe('authkitMiddleware with handlers that write the session', () => {
  it('an organization switch on an expired token sends only the switched session cookie', async () => {
    const b = await signedInWithExpiredToken();
    const before = refreshes();
    const response = await b.sendForm('/switch-organization', {
      organizationId: defaultIds.globex,
    });
    expect(response.status).toBe(303);
    const stored = sessionLines(response).filter((line) => line.startsWith('wos-session='));
    expect(stored).toHaveLength(1); // the middleware's refreshed cookie was replaced, not added
    expect(refreshes() - before).toBe(2); // the middleware's refresh, then the switch
    const me = await b.getJson('/api/me');
    expect(me.json).toMatchObject({ organizationId: defaultIds.globex, role: 'member' });
    expect(refreshes() - before).toBe(2);
  }, 20_000);

  it('sign-out on an expired token clears the cookie instead of storing the refreshed one', async () => {
    const b = await signedInWithExpiredToken();
    const response = await b.send('/logout', { method: 'POST' });
    expect(response.status).toBe(303);
    const lines = sessionLines(response);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.every((line) => /max-age=0|expires=thu, 01 jan 1970/i.test(line))).toBe(true);
    expect(new URL(response.headers.get('location') ?? '').pathname).toBe(
      '/user_management/sessions/logout',
    );
  }, 20_000);
});

describe('session-dependent responses', () => {
  const varyTokens = (response: { headers: Headers }) =>
    (response.headers.get('vary') ?? '').split(',').map((token) => token.trim().toLowerCase());

  it('signed in: pages, APIs and server functions are private, no-store and vary on Cookie once', async () => {
    const b = browser();
    await b.navigate('/login?returnPathname=/account');
    const rpc = { 'x-tsr-serverfn': 'true', 'sec-fetch-site': 'same-origin', accept: '*/*' };
    for (const [path, headers] of [
      ['/', { accept: 'text/html' }],
      ['/account', { accept: 'text/html' }],
      ['/api/me', { accept: 'application/json' }],
      [serverFnPath('getAuthAction'), rpc],
    ] as const) {
      const response = await b.send(path, { headers });
      await response.body?.cancel();
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('private, no-store');
      expect(
        varyTokens(response).filter((token) => token === 'cookie'),
        path,
      ).toHaveLength(1);
    }
  }, 20_000);

  it('signed out: pages, the 401, the sign-in redirect and the 404 page vary on Cookie', async () => {
    for (const path of ['/', '/api/me', '/account', '/no-such-page']) {
      const response = await browser().send(path, { headers: { accept: 'text/html' } });
      await response.body?.cancel();
      expect(
        varyTokens(response).filter((token) => token === 'cookie'),
        path,
      ).toHaveLength(1);
      expect(response.headers.get('cache-control') ?? '', path).not.toMatch(/public/);
    }
  });
});

describe('server functions', () => {
  it('switchToOrganization while signed out starts a sign-in into that organization', async () => {
    const b = browser();
    const response = await b.sendForm('/switch-organization', {
      organizationId: defaultIds.globex,
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe('/user_management/authorize');
    expect(location.searchParams.get('organization_id')).toBe(defaultIds.globex);
    expect(response.headers.getSetCookie().some((l) => l.startsWith('wos-auth-verifier'))).toBe(
      true,
    );
  });

  it('signOut while signed out still clears the cookie and lands on the return path', async () => {
    const response = await browser().send('/logout', { method: 'POST' });
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location') ?? '', app.origin).href).toBe(`${app.origin}/`);
    expect(sessionLines(response).length).toBeGreaterThanOrEqual(1);
  });
});

describe('server functions over RPC (as the browser calls them)', () => {
  const rpcHeaders = { 'x-tsr-serverfn': 'true', 'sec-fetch-site': 'same-origin', accept: '*/*' };

  it('getAuthAction refreshes an expired session once, stores it, and never sends a token', async () => {
    const b = await signedInWithExpiredToken();
    const before = refreshes();
    const response = await b.send(serverFnPath('getAuthAction'), { headers: rpcHeaders });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('alice@example.com');
    // No token in what getAuthAction() answers (the example's beforeLoad result is embedded in the SSR HTML).
    expect(body).not.toMatch(/accessToken|refreshToken|refresh_token|"claims"/);
    expect(sessionLines(response).filter((l) => l.startsWith('wos-session='))).toHaveLength(1);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
    expect(refreshes() - before).toBe(1);
    await b.send(serverFnPath('getAuthAction'), { headers: rpcHeaders });
    expect(refreshes() - before).toBe(1);
  }, 20_000);

  it('getAccessTokenAction answers the access token on demand, uncached; pages never embed it', async () => {
    const b = await signedInWithExpiredToken();
    const page = await b.navigate('/account');
    expect(page.body).toContain('alice@example.com');
    const response = await b.send(serverFnPath('getAccessTokenAction'), { headers: rpcHeaders });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/private, no-store/);
    const body = await response.text();
    const token = body.match(/eyJ[\w-]+\.[\w-]+\.[\w-]+/)?.[0];
    expect(token).toBeDefined();
    expect(body).not.toMatch(/refreshToken|refresh_token/);
    const again = await b.navigate('/account');
    expect(again.body).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  }, 20_000);

  it('getAuth signed out answers { user: null }', async () => {
    const response = await browser().send(serverFnPath('getAuth'), { headers: rpcHeaders });
    expect(response.status).toBe(200);
    // Seroval's encoding of { result: { user: null } }: one key, `user`, whose value is null.
    expect(await response.text()).toMatch(/"k":\["user"\],"v":\[\{"t":2,"s":0\}\]/);
  });

  it('a cross-site RPC is refused by the CSRF middleware before reaching the function', async () => {
    const response = await browser().send(serverFnPath('getAuth'), {
      headers: { ...rpcHeaders, 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(403);
  });
});

describe('organization switch refused by WorkOS', () => {
  it('is a typed error the app turns into a 403, and the session stays as it was', async () => {
    const b = browser();
    await b.navigate('/login?returnPathname=/account');
    const before = b.jar.get('wos-session');
    const response = await b.sendForm('/switch-organization', {
      organizationId: 'org_01NOTAMEMBER0000000000000',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('organization_switch_failed');
    expect(b.jar.get('wos-session')).toBe(before);
    expect((await b.getJson('/api/me')).json).toMatchObject({ organizationId: defaultIds.acme });
  });
});

describe('client entry on the server', () => {
  it('AuthKitProvider renders useAuth() from getAuth() during SSR', async () => {
    const b = browser();
    await b.navigate('/login?returnPathname=/hooks');
    const page = await b.navigate('/hooks');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/data-testid="hooks-user-email">alice@example\.com</);
    expect(page.body).toMatch(
      new RegExp(`data-testid="hooks-organization-id">${defaultIds.acme}<`),
    );
    expect(page.body).not.toContain('refresh');
  });

  it('renders the signed-out state without a session', async () => {
    const page = await browser().navigate('/hooks');
    expect(page.body).toContain('data-testid="hooks-signed-out"');
  });
});
