import { assert, assertEqual, defineSuite } from '../mini-test.js';

/** Checks the Web platform pieces the core relies on exist and behave in this runtime. */
export const runtimeBasicsSuite = defineSuite('runtime', (test) => {
  test('Web Crypto signs and verifies HMAC-SHA256', async () => {
    const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    const data = new TextEncoder().encode('authkit');
    const signature = await crypto.subtle.sign('HMAC', key, data);
    assert(await crypto.subtle.verify('HMAC', key, signature, data), 'signature verifies');
  });

  test('fetch reaches the emulator in the parent process', async (ctx) => {
    const response = await fetch(`${ctx.emulatorUrl}/sso/jwks/${ctx.clientId}`);
    assertEqual(response.status, 200, 'JWKS status');
    const body = (await response.json()) as { keys?: unknown[] };
    assert(Array.isArray(body.keys) && body.keys.length > 0, 'JWKS has keys');
  });

  test('Headers keeps several Set-Cookie values apart', async () => {
    const headers = new Headers();
    headers.append('Set-Cookie', 'a=1; Path=/');
    headers.append('Set-Cookie', 'b=2; Path=/');
    assertEqual(headers.getSetCookie().length, 2, 'getSetCookie count');
  });
});
