import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeReturnPathname } from '../pkce/return-path.js';

const RUNS = 5000;
const SITE = 'https://app.example.com';

const hostileFragment = fc.constantFrom(
  '/',
  '//',
  '///',
  '\\',
  '/\\',
  '\\/',
  'http:',
  'https:',
  'HTTPS://evil.com',
  'javascript:',
  'data:',
  'evil.com',
  '@evil.com',
  '%2F',
  '%2f',
  '%5C',
  '%5c',
  '%252F',
  '%25252F',
  '%09',
  '%0a',
  '%0D',
  '%00',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u007f',
  '\u2028',
  ' ',
  '.',
  '..',
  '?',
  '#',
  ':',
  '%',
  '%%',
  '%E0%A4%A',
  '\uff0f',
  '\uff3c',
  '\u3002',
  'a',
  'account',
  '?next=//evil.com',
  '#//evil.com',
  '/.//evil.com',
);
const hostilePath = fc.oneof(
  fc.array(hostileFragment, { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

function decodeRounds(value: string): string[] {
  const rounds = [value];
  let current = value;
  for (let i = 0; i < 4; i++) {
    try {
      current = decodeURIComponent(current);
    } catch {
      break;
    }
    rounds.push(current);
  }
  return rounds;
}

function isSameSiteRelative(path: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is checked
  if (!path.startsWith('/') || path.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(path))
    return false;
  return new URL(path, SITE).origin === SITE;
}

describe('sanitizeReturnPathname under hostile input', () => {
  it(`never throws and never returns a path that leaves the site, even after decoding (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hostilePath, (input) => {
        const result = sanitizeReturnPathname(input, '/fallback');
        expect(typeof result).toBe('string');
        for (const round of decodeRounds(result)) expect(isSameSiteRelative(round)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`answers the fallback for anything that is not a string (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        fc.pre(typeof input !== 'string');
        expect(sanitizeReturnPathname(input, '/home')).toBe('/home');
      }),
      { numRuns: RUNS },
    );
  });

  it(`keeps ordinary same-site paths as they are (${RUNS} cases)`, () => {
    const segment = fc.string({
      unit: fc.constantFrom(...'abcxyz0189-_.~'),
      minLength: 1,
      maxLength: 12,
    });
    const safe = fc
      .tuple(
        fc.array(segment, { minLength: 0, maxLength: 5 }),
        fc.option(fc.tuple(segment, segment)),
        fc.option(segment),
      )
      .map(([segments, query, hash]) => {
        const path = `/${segments.filter((s) => s !== '.' && s !== '..').join('/')}`;
        return `${path}${query ? `?${query[0]}=${query[1]}` : ''}${hash ? `#${hash}` : ''}`;
      });
    fc.assert(
      fc.property(safe, (path) => {
        expect(sanitizeReturnPathname(path, '/fallback')).toBe(
          new URL(path, SITE).href.slice(SITE.length),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    '//evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    'https://evil.com/',
    '/%2F%2Fevil.com',
    '/%252F%252Fevil.com',
    '/%5Cevil.com',
    'javascript:alert(1)',
    '/\t/evil.com',
    '/%09/evil.com',
    ' //evil.com',
    '/.//evil.com',
  ])('rejects the classic open redirect %j', (input) => {
    const result = sanitizeReturnPathname(input, '/fallback');
    expect(new URL(result, SITE).origin).toBe(SITE);
    expect(result.startsWith('//')).toBe(false);
  });
});
