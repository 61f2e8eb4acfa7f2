import { sessionEncryption } from '@workos/authkit-session';
import { assert, assertEqual, defineSuite } from '../mini-test.js';
import { CookieJar, clearsCookie, setCookiesOf } from '../support/cookie-jar.js';
import { emulatorAuthService, TEST_COOKIE_PASSWORD } from '../support/service.js';

function bigSession() {
  const metadata: Record<string, string> = {};
  for (let i = 0; i < 120; i++) metadata[`key_${i}`] = `value-${i}-${'x'.repeat(60)}`;
  return {
    accessToken: 'header.payload.signature',
    refreshToken: 'refresh_token_value',
    user: { id: 'user_big', email: 'big@example.com', metadata },
  };
}

/** Sessions too large for one cookie are chunked, reassembled, and cleared without leftovers. */
export const chunkingSuite = defineSuite('chunking', (test) => {
  test('splits a large session into chunks and reads it back', async (ctx) => {
    const service = emulatorAuthService(ctx);
    const session = bigSession();
    const sealed = await sessionEncryption.sealData(session, { password: TEST_COOKIE_PASSWORD });
    assert(sealed.length > 4000, `sealed session is large (${sealed.length})`);
    const written = await service.saveSession(undefined, sealed);
    const lines = setCookiesOf(written.headers);
    const chunkLines = lines.filter((l) => /^wos-session\.\d+=./.test(l));
    assert(chunkLines.length >= 2, `written as several chunks (${lines.length} lines)`);
    for (const line of lines)
      assert(line.length < 4096, 'each Set-Cookie line fits a browser cookie');
    const jar = new CookieJar().apply(lines);
    const read = await service.getSession(
      new Request('http://localhost/', { headers: { cookie: jar.header() } }),
    );
    assert(read !== null, 'session read back');
    assertEqual(JSON.stringify(read.user), JSON.stringify(session.user), 'user survives chunking');
  });

  test('a missing chunk reads as no session, not a crash', async (ctx) => {
    const service = emulatorAuthService(ctx);
    const sealed = await sessionEncryption.sealData(bigSession(), {
      password: TEST_COOKIE_PASSWORD,
    });
    const jar = new CookieJar().apply(
      setCookiesOf((await service.saveSession(undefined, sealed)).headers),
    );
    const header = jar.header().replace(/wos-session\.1=[^;]*(; )?/, '');
    const read = await service.getSession(
      new Request('http://localhost/', { headers: { cookie: header } }),
    );
    assertEqual(read, null, 'broken chunks read as no session');
  });

  test('clearSession deletes the session cookie', async (ctx) => {
    const service = emulatorAuthService(ctx);
    const cleared = await service.clearSession(undefined);
    assert(clearsCookie(setCookiesOf(cleared.headers)), 'a Max-Age=0 line for wos-session');
  });
});
