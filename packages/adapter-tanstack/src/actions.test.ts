import { Browser } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedExample, serveExample, serverFnPath } from './test-support/serve-example.js';

// The server actions over RPC, as the browser (and the React layer's transport) calls them, on the
// example's production build with the real SDK talking to the emulator.
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let app: ServedExample;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  app = await serveExample(emulator.env);
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await emulator?.stop();
});

const rpc = { 'x-tsr-serverfn': 'true', 'sec-fetch-site': 'same-origin', accept: '*/*' };
const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

function browser(): Browser {
  return new Browser({
    appFetch: (request) => fetch(request, { redirect: 'manual' }),
    origin: app.origin,
    emulatorUrl: emulator.url,
    loginHint: 'alice@example.com',
  });
}

async function signedIn(): Promise<Browser> {
  const b = browser();
  await b.navigate('/login?returnPathname=/hooks');
  return b;
}

const call = async (b: Browser, name: string, method: 'GET' | 'POST') => {
  const response = await b.send(serverFnPath(name), { method, headers: rpc });
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
      emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' }).length;
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
});
