import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_COOKIE_CHUNKS,
  MAX_COOKIE_VALUE_LENGTH,
  planChunkedWrite,
  readChunked,
} from '../cookies/chunking.js';
import { mergeHeaderBags, setCookieLines } from '../cookies/header-bag.js';
import { parseCookieHeader } from '../cookies/parse.js';
import { serializeCookie } from '../cookies/serialize.js';
import { InvalidArgumentError, SessionTooLargeError } from '../errors.js';

const RUNS = 3000;
const tokenChar = fc.constantFrom(
  ..."!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
);
const cookieName = fc.string({ unit: tokenChar, minLength: 1, maxLength: 40 });
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom(';', '=', ' ', '"', '%', ',', '\r', '\n', '\0', 'a', '.', '0', '1'),
    maxLength: 200,
  }),
);
const sealLike = fc.string({ unit: fc.constantFrom(...'Fe26.2*~_-abcXYZ0189'), maxLength: 9000 });

describe('parseCookieHeader under hostile headers', () => {
  it(`never throws and only yields own string values (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyText, (header) => {
        const parsed = parseCookieHeader(header);
        for (const [name, value] of Object.entries(parsed)) {
          expect(typeof value).toBe('string');
          expect(name.length).toBeGreaterThan(0);
        }
        expect(Object.getPrototypeOf(parsed)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });

  it('cannot be tricked into prototype pollution', () => {
    const parsed = parseCookieHeader('__proto__=x; constructor=y; toString=z');
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toBe('x');
    expect(parsed.constructor).toBe('y');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it(`reads back every value serializeCookie writes (${RUNS} cases)`, () => {
    const wellFormed = fc.string({ unit: 'grapheme', maxLength: 200 });
    fc.assert(
      fc.property(
        cookieName,
        wellFormed,
        cookieName,
        wellFormed,
        (name, value, other, otherValue) => {
          fc.pre(name !== other);
          const line = serializeCookie(name, value, {
            httpOnly: true,
            sameSite: 'lax',
            maxAge: 60,
          });
          const pair = line.split(';')[0]!;
          const header = `${pair}; ${serializeCookie(other, otherValue).split(';')[0]}`;
          expect(parseCookieHeader(header)[name]).toBe(value);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('serializeCookie under hostile values', () => {
  it(`never lets a value break out of its attribute (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(cookieName, anyText, (name, value) => {
        let line: string;
        try {
          line = serializeCookie(name, value, { secure: true, httpOnly: true });
        } catch (error) {
          // Lone surrogates cannot be URI-encoded: a typed error for the developer, never a bad header.
          expect(error).toBeInstanceOf(Error);
          return;
        }
        expect(line).not.toMatch(/[\r\n\0]/);
        const [pair, ...attributes] = line.split('; ');
        expect(pair!.startsWith(`${name}=`)).toBe(true);
        expect(pair!.slice(name.length + 1)).not.toMatch(/[;,\s"]/);
        expect(attributes).toContain('HttpOnly');
        expect(attributes).toContain('Secure');
      }),
      { numRuns: RUNS },
    );
  });

  it(`rejects every name that is not an RFC 6265 token (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(anyText, (name) => {
        fc.pre(!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name));
        expect(() => serializeCookie(name, 'v')).toThrow(InvalidArgumentError);
      }),
      { numRuns: RUNS },
    );
  });
});

function jar(entries: Record<string, string>) {
  return async (name: string) => (Object.hasOwn(entries, name) ? (entries[name] ?? null) : null);
}

describe('chunk reassembly', () => {
  it(`round-trips every value that fits (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(sealLike, async (value) => {
        fc.pre(value.length > 0);
        const plan = planChunkedWrite('wos-session', value);
        expect(plan.set.length).toBeLessThanOrEqual(MAX_COOKIE_CHUNKS);
        for (const cookie of plan.set)
          expect(cookie.value.length).toBeLessThanOrEqual(MAX_COOKIE_VALUE_LENGTH);
        const cookies = Object.fromEntries(plan.set.map((c) => [c.name, c.value]));
        const read = await readChunked('wos-session', jar(cookies));
        expect(read).toEqual({ value, broken: false });
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a value too large for the chunk budget with a SessionTooLargeError', () => {
    expect(() =>
      planChunkedWrite(
        'wos-session',
        'x'.repeat(MAX_COOKIE_VALUE_LENGTH * (MAX_COOKIE_CHUNKS + 1)),
      ),
    ).toThrow(SessionTooLargeError);
  });

  it(`never throws on arbitrary, mixed, missing or forged chunks (${RUNS} cases)`, async () => {
    const chunkKey = fc.oneof(
      fc.constant('wos-session'),
      fc.integer({ min: 0, max: 12 }).map((i) => `wos-session.${i}`),
      fc.constantFrom(
        'wos-session.',
        'wos-session.-1',
        'wos-session.01',
        'wos-session.1e3',
        'wos-sessionX',
      ),
    );
    const chunkValue = fc.oneof(
      anyText,
      fc.tuple(fc.integer({ min: -3, max: 120 }), anyText).map(([n, rest]) => `${n}:${rest}`),
      fc.constantFrom('', ':', '99:', '2:', '1:abc', '08:abc', '9007199254740993:x'),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(chunkKey, chunkValue, { maxKeys: 10 }), async (cookies) => {
        const read = await readChunked('wos-session', jar(cookies));
        if (read.broken) expect(read.value).toBeNull();
        if (read.value !== null) expect(typeof read.value).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it(`reads a missing middle chunk as broken, never as a shorter session (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: MAX_COOKIE_VALUE_LENGTH + 1, max: MAX_COOKIE_VALUE_LENGTH * 5 }),
        fc.nat(),
        async (length, pick) => {
          const plan = planChunkedWrite('wos-session', 'a'.repeat(length));
          const cookies = Object.fromEntries(plan.set.map((c) => [c.name, c.value]));
          const missing = 1 + (pick % (plan.set.length - 1));
          delete cookies[`wos-session.${missing}`];
          expect(await readChunked('wos-session', jar(cookies))).toEqual({
            value: null,
            broken: true,
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('mergeHeaderBags', () => {
  const setCookieKey = fc.constantFrom('Set-Cookie', 'set-cookie', 'SET-COOKIE', 'sEt-CoOkIe');
  const otherKey = fc.constantFrom(
    'Cache-Control',
    'cache-control',
    'Location',
    'location',
    'X-Trace',
    'Vary',
  );
  const line = fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((s) => `c=${s}; Path=/`);
  const bag = fc.oneof(
    fc.constant(undefined),
    fc.dictionary(
      fc.oneof(setCookieKey, otherKey),
      fc.oneof(line, fc.array(line, { maxLength: 4 })),
      { maxKeys: 5 },
    ),
  );

  it(`keeps every Set-Cookie entry, in order, as an array under one key (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(bag, { maxLength: 6 }), (bags) => {
        const merged = mergeHeaderBags(...bags);
        const expected = bags.flatMap((b) => setCookieLines(b));
        const keys = Object.keys(merged).filter((k) => k.toLowerCase() === 'set-cookie');
        expect(keys.length).toBeLessThanOrEqual(1);
        if (expected.length > 0) expect(keys.length).toBe(1);
        if (keys.length === 1) {
          const value = merged[keys[0]!];
          expect(Array.isArray(value)).toBe(true);
          expect(value).toEqual(expected);
        }
        const lowered = Object.keys(merged).map((k) => k.toLowerCase());
        expect(new Set(lowered).size).toBe(lowered.length);
      }),
      { numRuns: RUNS },
    );
  });

  it(`lets the later bag win for every other header, matching names case-insensitively (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(bag, { maxLength: 6 }), (bags) => {
        const merged = mergeHeaderBags(...bags);
        const last = new Map<string, string | string[]>();
        for (const b of bags) {
          for (const [k, v] of Object.entries(b ?? {}))
            if (k.toLowerCase() !== 'set-cookie') last.set(k.toLowerCase(), v);
        }
        for (const [lower, value] of last) {
          const key = Object.keys(merged).find((k) => k.toLowerCase() === lower);
          expect(key).toBeDefined();
          expect(merged[key!]).toEqual(value);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
