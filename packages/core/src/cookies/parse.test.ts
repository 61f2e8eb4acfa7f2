import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCookieHeader, readCookie } from './parse.js';

const piece = fc.constantFrom(
  ';',
  '=',
  ' ',
  '\t',
  '\n',
  '"',
  '%',
  '%4',
  '%41',
  'a',
  'b',
  'ab',
  'wos-session',
  '.0',
);
const header = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const name = fc.oneof(fc.constantFrom('a', 'b', 'ab', 'wos-session', 'wos-session.0'), fc.string());

describe('readCookie', () => {
  it("answers exactly what parseCookieHeader(header)[name] (the cookie package's parser) answers (5000 cases)", () => {
    fc.assert(
      fc.property(header, name, (h, n) => {
        expect(readCookie(h, n)).toBe(parseCookieHeader(h)[n] ?? null);
      }),
      { numRuns: 5000 },
    );
  });

  it('decodes only the wanted value, and only when it is URL-encoded', () => {
    const h = 'a=%ZZ; wos-session=Fe26.2*1*x~2; b=%41; q="%42"';
    expect(readCookie(h, 'wos-session')).toBe('Fe26.2*1*x~2');
    expect(readCookie(h, 'a')).toBe('%ZZ');
    expect(readCookie(h, 'b')).toBe('A');
    expect(readCookie(h, 'q')).toBe('B');
    expect(readCookie(h, 'missing')).toBeNull();
    expect(readCookie(null, 'a')).toBeNull();
  });

  it('skips cookies whose name merely contains the wanted one, and keeps the first occurrence', () => {
    const h = 'xwos-session=1; wos-session.0=2; wos-session = 3; wos-session=4';
    expect(readCookie(h, 'wos-session')).toBe('3');
    expect(readCookie(h, 'wos-session.0')).toBe('2');
  });

  it('stays linear on hostile headers (4 MB of `=`-less or repeated pairs in well under a second)', () => {
    const size = 4 * 1024 * 1024;
    const hostile = [
      'a;'.repeat(size / 2), // no `=` anywhere: each pair used to rescan the rest of the header
      `${'wos-session;'.repeat(size / 12)}wos-session=1`, // the name in every `=`-less pair
      'x=wos-session;'.repeat(size / 14), // the name in every value
    ];
    for (const h of hostile) {
      const started = performance.now();
      const value = readCookie(h, 'wos-session');
      expect(performance.now() - started).toBeLessThan(1000);
      expect(value).toBe(parseCookieHeader(h)['wos-session'] ?? null);
    }
  });
});
