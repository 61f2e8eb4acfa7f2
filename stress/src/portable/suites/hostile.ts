import { sessionEncryption } from '@workos/authkit-session';
import { parseCookieHeader, sanitizeReturnPathname } from '@workos/authkit-session/adapter';
import fc from 'fast-check';
import { assert, assertEqual, defineSuite } from '../mini-test.js';
import { CookieJar, clearsCookie, setCookiesOf } from '../support/cookie-jar.js';
import { mintEmulatorSession } from '../support/mint.js';
import { emulatorAuthService } from '../support/service.js';
import { requestWith } from '../support/sign-in.js';

const RUNS = 500;

/** A runtime-portable slice of the hostile-input tests: the same guarantees on every runtime. */
export const hostileSuite = defineSuite('hostile', (test) => {
  test(`parseCookieHeader never throws (${RUNS} generated headers)`, async () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (header) => {
        for (const value of Object.values(parseCookieHeader(header))) {
          assert(typeof value === 'string', 'string values');
        }
      }),
      { numRuns: RUNS, seed: 1 },
    );
  });

  test(`sanitizeReturnPathname never leaves the site (${RUNS} generated paths)`, async () => {
    const fragment = fc.constantFrom(
      '/',
      '//',
      '\\',
      '%2F',
      '%5C',
      'http:',
      'evil.com',
      '\t',
      '@',
      '.',
      'a',
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 8 }).map((p) => p.join('')),
        (input) => {
          const result = sanitizeReturnPathname(input, '/');
          assertEqual(new URL(result, 'https://app.example').origin, 'https://app.example', input);
          assert(
            !result.startsWith('//'),
            `no protocol-relative result for ${JSON.stringify(input)}`,
          );
        },
      ),
      { numRuns: RUNS, seed: 2 },
    );
  });

  test('40 truncated, tampered and foreign session cookies sign out with a cookie clear', async (ctx) => {
    const service = emulatorAuthService(ctx);
    const { sealed } = await mintEmulatorSession(ctx);
    const other = await sessionEncryption.sealData({ a: 1 }, { password: 'x'.repeat(40) });
    const values: string[] = [other, 'junk', 'Fe26.2*', `${sealed}~2`, sealed.toUpperCase()];
    for (let i = 1; i <= 20; i++)
      values.push(sealed.slice(0, Math.floor((sealed.length * i) / 21)));
    for (let i = 0; i < 15; i++) {
      const at = Math.floor(((sealed.length - 1) * i) / 14);
      values.push(`${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`);
    }
    let handled = 0;
    for (const value of values) {
      const { auth, headers } = await service.withAuth(
        requestWith(new CookieJar().apply([`wos-session=${value}`])),
      );
      assertEqual(auth.user, null, `signed out for ${value.slice(0, 30)}…`);
      assert(clearsCookie(setCookiesOf(headers)), `cookie cleared for ${value.slice(0, 30)}…`);
      handled += 1;
    }
    assertEqual(handled, 40, 'cases run');
  });
});
