import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeReturnPathname } from './return-path.js';

const BASE = 'https://app.example.com';

describe('sanitizeReturnPathname', () => {
  it('keeps same-site relative paths with query and hash', () => {
    expect(sanitizeReturnPathname('/account')).toBe('/account');
    expect(sanitizeReturnPathname('/orders?id=7&x=%20y#top')).toBe('/orders?id=7&x=%20y#top');
  });

  it('rejects absolute URLs, protocol-relative and backslash tricks, schemes and control characters', () => {
    for (const bad of [
      'https://evil.example.com',
      '//evil.example.com',
      '/\\evil.example.com',
      '\\\\evil.example.com',
      '/%2F/evil.example.com',
      '/%5Cevil.example.com',
      '%2F%2Fevil.example.com',
      '/%252F%252Fevil.example.com',
      'javascript:alert(1)',
      'data:text/html,hi',
      '/\tevil',
      '/\nevil',
      '/%0d%0aSet-Cookie:x=1',
      '\u0000/x',
      'account',
      '',
    ]) {
      expect(sanitizeReturnPathname(bad), bad).toBe('/');
    }
  });

  it('uses the fallback for non-strings', () => {
    expect(sanitizeReturnPathname(undefined, '/home')).toBe('/home');
    expect(sanitizeReturnPathname(42, '/home')).toBe('/home');
  });

  it('never yields anything that leaves the site, for any input (fast-check)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({
        unit: fc.constantFrom(
          '/',
          '\\',
          '%',
          '2',
          'F',
          '5',
          'C',
          ':',
          '.',
          'e',
          '@',
          '?',
          '#',
          '\t',
          ' ',
          '0',
          'a',
        ),
        maxLength: 40,
      }),
      fc.webUrl().map((url) => url.replace(/^https?:/, '')),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const result = sanitizeReturnPathname(input);
        expect(result.startsWith('/')).toBe(true);
        expect(result.startsWith('//')).toBe(false);
        expect(result).not.toMatch(/\\/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checking they are absent
        expect(result).not.toMatch(/[\u0000-\u001f\u007f]/);
        expect(new URL(result, BASE).origin).toBe(BASE);
        let decoded = result;
        for (let i = 0; i < 3; i++) {
          try {
            decoded = decodeURIComponent(decoded);
          } catch {
            break;
          }
        }
        expect(new URL(decoded.replace(/\\/g, '/'), BASE).origin).toBe(BASE);
      }),
      { numRuns: 5000 },
    );
  });
});
