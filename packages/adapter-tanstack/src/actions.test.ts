import type { Browser } from '@authkit-internal/conformance';
import { defaultIds, defaultSeed } from '@workos/authkit-emulator';
import { afterAll, describe, expect, it } from 'vitest';
import { servedExampleFixture, serverFnPath } from './test-support/serve-example.js';

// The server actions over RPC, as the browser (and the React layer's transport) calls them, on the
// example's production build with the real SDK talking to the emulator.
const app = servedExampleFixture();
const { browser } = app;

const rpc = { 'x-tsr-serverfn': 'true', 'sec-fetch-site': 'same-origin', accept: '*/*' };
const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

async function signedIn(): Promise<Browser> {
  const b = browser();
  await b.navigate('/login?returnPathname=/hooks');
  return b;
}

type Data = string | Record<string, string>;

/** Seroval's encoding of `{ data }`, what the browser sends (string values only). */
function encode(data: Data): string {
  const text = (value: string) => ({ t: 1, s: value });
  const value =
    typeof data === 'string'
      ? text(data)
      : { t: 10, i: 1, p: { k: Object.keys(data), v: Object.values(data).map(text) }, o: 0 };
  return JSON.stringify({
    t: { t: 10, i: 0, p: { k: ['data'], v: [value] }, o: 0 },
    f: 127,
    m: [],
  });
}

const call = async (b: Browser, name: string, method: 'GET' | 'POST', data?: Data) => {
  let path = serverFnPath(name);
  const init: RequestInit = { method, headers: rpc };
  if (data !== undefined && method === 'GET') {
    path += `?payload=${encodeURIComponent(encode(data))}`;
  } else if (data !== undefined) {
    init.headers = { ...rpc, 'content-type': 'application/json' };
    init.body = encode(data);
  }
  const response = await b.send(path, init);
  return { response, body: await response.text() };
};

describe('the server actions', () => {
  it('checkSessionAction: true with a session, false without one', async () => {
    // Seroval's encoding of { result: true } and { result: false }.
    expect((await call(await signedIn(), 'checkSessionAction', 'GET')).body).toMatch(
      /"k":\["result"\],"v":\[\{"t":2,"s":2\}\]/,
    );
    expect((await call(browser(), 'checkSessionAction', 'GET')).body).toMatch(
      /"k":\["result"\],"v":\[\{"t":2,"s":3\}\]/,
    );
  });

  it('getAuthAction answers the auth without any token', async () => {
    const { response, body } = await call(await signedIn(), 'getAuthAction', 'GET');
    expect(response.status).toBe(200);
    expect(body).toContain('alice@example.com');
    expect(body).not.toMatch(jwt);
    expect(body).not.toMatch(/accessToken|refreshToken|refresh_token|claims/);
  });

  it('getAccessTokenAction answers the access token only; signed out, none', async () => {
    const { body } = await call(await signedIn(), 'getAccessTokenAction', 'GET');
    expect(body).toMatch(jwt);
    expect(body).not.toMatch(/refresh/i);
    expect((await call(browser(), 'getAccessTokenAction', 'GET')).body).not.toMatch(jwt);
  });

  it('refreshAccessTokenAction refreshes once, stores the new cookie and answers a new token', async () => {
    const b = await signedIn();
    const before = b.jar.get('wos-session');
    const grants = () =>
      app.emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' })
        .length;
    const grantsBefore = grants();
    const first = (await call(b, 'getAccessTokenAction', 'GET')).body.match(jwt)?.[0];
    const { body } = await call(b, 'refreshAccessTokenAction', 'POST');
    expect(grants() - grantsBefore).toBe(1);
    expect(body.match(jwt)?.[0]).toBeDefined();
    expect(body.match(jwt)?.[0]).not.toBe(first);
    expect(b.jar.get('wos-session')).not.toBe(before);
  });

  it('a cross-site call is refused before reaching the function', async () => {
    const response = await (await signedIn()).send(serverFnPath('refreshAccessTokenAction'), {
      method: 'POST',
      headers: { ...rpc, 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(403);
  });

  it('getOrganizationAction names the own organization of the session only', async () => {
    const b = await signedIn();
    expect((await call(b, 'getOrganizationAction', 'GET', defaultIds.acme)).body).toContain(
      '"s":"Acme"',
    );
    const other = (await call(b, 'getOrganizationAction', 'GET', defaultIds.globex)).body;
    expect(other).not.toContain('Globex');
    expect(other).toMatch(/"result"\],"v":\[\{"t":2,"s":0\}\]/); // { result: null }
  });

  it('refreshAuthAction into another organization answers it without any token', async () => {
    const b = await signedIn();
    const { response, body } = await call(b, 'refreshAuthAction', 'POST', {
      organizationId: defaultIds.globex,
    });
    expect(response.status).toBe(200);
    expect(body).toContain(defaultIds.globex);
    expect(body).not.toMatch(jwt);
    expect(body).not.toMatch(/accessToken|refreshToken|refresh_token/);
    expect((await call(b, 'getAuthAction', 'GET')).body).toContain(defaultIds.globex);
  });

  it('switchToOrganizationAction switches and answers the new auth without any token', async () => {
    const b = await signedIn();
    const before = b.jar.get('wos-session');
    const { response, body } = await call(b, 'switchToOrganizationAction', 'POST', {
      organizationId: defaultIds.globex,
    });
    expect(response.status).toBe(200);
    expect(body).toContain(defaultIds.globex);
    expect(body).not.toMatch(jwt);
    expect(b.jar.get('wos-session')).not.toBe(before);
  });
});

describe('switchToOrganizationAction to an organization that demands a new sign-in', () => {
  afterAll(() => app.emulator.reset(defaultSeed));

  it('answers the TanStack redirect to that sign-in (the client transport follows it), session kept', async () => {
    const organizations = (defaultSeed.organizations ?? []).map((org) =>
      org.id === defaultIds.globex ? { ...org, ssoConnectionIds: ['conn_01GLOBEXSSO'] } : org,
    );
    app.emulator.reset({ ...defaultSeed, organizations });
    const b = await signedIn();
    const before = b.jar.get('wos-session');
    const { response, body } = await call(b, 'switchToOrganizationAction', 'POST', {
      organizationId: defaultIds.globex,
      returnTo: '/hooks',
    });
    const redirect = JSON.parse(body) as { isSerializedRedirect?: boolean; href?: string };
    expect(redirect.isSerializedRedirect).toBe(true);
    const location = new URL(redirect.href ?? '');
    expect(location.origin).toBe(app.emulator.url);
    expect(location.pathname).toBe('/user_management/authorize');
    expect(location.searchParams.get('organization_id')).toBe(defaultIds.globex);
    const cookies = response.headers.getSetCookie();
    expect(cookies.some((line) => line.startsWith('wos-auth-verifier'))).toBe(true);
    expect(cookies.some((line) => line.startsWith('wos-session='))).toBe(false);
    expect(b.jar.get('wos-session')).toBe(before);
  });
});
