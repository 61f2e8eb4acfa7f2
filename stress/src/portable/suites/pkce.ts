import { assert, assertEqual, defineSuite } from '../mini-test.js';
import { CookieJar, setCookiesOf } from '../support/cookie-jar.js';
import { emulatorAuthService } from '../support/service.js';
import { signIn } from '../support/sign-in.js';

async function startFlow(ctx: Parameters<typeof emulatorAuthService>[0]) {
  const service = emulatorAuthService(ctx);
  const start = await service.createSignIn(undefined, {
    returnPathname: '/dash',
    loginHint: 'bob@example.com',
  });
  const jar = new CookieJar().apply(setCookiesOf(start.headers));
  const back = new URL(
    (await fetch(start.url, { redirect: 'manual' })).headers.get('location') ?? '',
  );
  return {
    service,
    jar,
    code: back.searchParams.get('code'),
    state: back.searchParams.get('state'),
    back,
  };
}

async function errorCodeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
  return 'no error';
}

/** PKCE sign-in: the verifier cookie round trip, and the callback's state checks. */
export const pkceSuite = defineSuite('pkce', (test) => {
  test('sign-in and callback produce a session and clear the verifier cookie', async (ctx) => {
    const { jar, returnPathname } = await signIn(
      emulatorAuthService(ctx),
      'alice@example.com',
      '/reports?x=1',
    );
    assertEqual(returnPathname, '/reports?x=1', 'return path');
    assert(jar.get('wos-session'), 'session cookie set');
    assert(!jar.names().some((n) => n.startsWith('wos-auth-verifier')), 'verifier cookie cleared');
  });

  test('the sign-in URL carries S256 PKCE and no code verifier', async (ctx) => {
    const service = emulatorAuthService(ctx);
    const { url } = await service.createSignIn(undefined, {});
    const params = new URL(url).searchParams;
    assertEqual(params.get('code_challenge_method'), 'S256', 'challenge method');
    assert(params.get('code_challenge'), 'challenge present');
    assert(!url.includes('code_verifier'), 'no verifier in the URL');
  });

  test('a state that does not match the cookie is refused', async (ctx) => {
    const { service, jar, code, back } = await startFlow(ctx);
    const request = new Request(back, { headers: { cookie: jar.header() } });
    const other = await startFlow(ctx);
    const code2 = await errorCodeOf(() =>
      service.handleCallback(request, undefined, { code, state: other.state }),
    );
    assert(
      code2 === 'oauth_state_mismatch' || code2 === 'pkce_cookie_missing',
      `refused (${code2})`,
    );
  });

  test('a callback without the verifier cookie is refused', async (ctx) => {
    const { service, code, state, back } = await startFlow(ctx);
    const code2 = await errorCodeOf(() =>
      service.handleCallback(new Request(back), undefined, { code, state }),
    );
    assertEqual(code2, 'pkce_cookie_missing', 'error code');
  });
});
