import { sessionEncryption } from '@workos/authkit-session';
import { assert, assertEqual, defineSuite } from '../mini-test.js';
import { CookieJar, clearsCookie, setCookiesOf } from '../support/cookie-jar.js';
import { emulatorAuthService, TEST_COOKIE_PASSWORD } from '../support/service.js';
import { requestWith, signIn } from '../support/sign-in.js';

/** Access tokens verify against the emulator's JWKS; a token with a broken signature does not. */
export const jwtSuite = defineSuite('jwt', (test) => {
  test('a signed-in session verifies against the emulator JWKS', async (ctx) => {
    const service = emulatorAuthService(ctx);
    const { jar } = await signIn(service);
    const { auth, headers } = await service.withAuth(requestWith(jar));
    assert(auth.user, `signed in (got ${JSON.stringify(auth)})`);
    assertEqual(auth.user.email, 'alice@example.com', 'user email');
    assert(auth.claims.iss.startsWith(ctx.emulatorUrl), 'issuer is the emulator');
    assertEqual(auth.claims.sid, auth.sessionId, 'sid claim');
    assertEqual(setCookiesOf(headers).length, 0, 'no cookie written for a valid session');
  });

  test('a token whose signature was altered signs the user out and clears the cookie', async (ctx) => {
    const service = emulatorAuthService(ctx);
    const { jar } = await signIn(service);
    const session = await service.getSession(requestWith(jar));
    assert(session, 'session readable');
    const [head, payload, signature] = session.accessToken.split('.');
    const forged = `${head}.${payload}.${signature!.slice(0, -4)}${signature!.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const sealed = await sessionEncryption.sealData(
      { ...session, accessToken: forged, refreshToken: 'not-a-refresh-token' },
      { password: TEST_COOKIE_PASSWORD },
    );
    const forgedJar = new CookieJar().apply([`wos-session=${sealed}`]);
    const { auth, headers } = await service.withAuth(requestWith(forgedJar));
    assertEqual(auth.user, null, 'signed out');
    assert(clearsCookie(setCookiesOf(headers)), 'cookie cleared');
  });
});
