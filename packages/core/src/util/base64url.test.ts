import { describe, expect, it } from 'vitest';
import { decodeBase64url, decodeJsonSegment, encodeBase64url } from './base64url.js';

describe('base64url', () => {
  it('round-trips every length and byte value, unpadded', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const text = encodeBase64url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(decodeBase64url(text)).toEqual(bytes);
    }
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('rejects padding, standard base64 characters and impossible lengths', () => {
    for (const bad of ['AA==', 'a+b/', 'abcde', 'ab cd', 'ab.c']) {
      expect(decodeBase64url(bad)).toBeNull();
    }
  });

  it('decodes JSON object segments only', () => {
    const segment = (v: string) => encodeBase64url(new TextEncoder().encode(v));
    expect(decodeJsonSegment(segment('{"a":1}'))).toEqual({ a: 1 });
    for (const bad of ['[1]', '1', 'null', '"x"', '{']) {
      expect(decodeJsonSegment(segment(bad))).toBeNull();
    }
    expect(decodeJsonSegment(encodeBase64url(new Uint8Array([0xff, 0xfe])))).toBeNull();
  });
});

describe('base64url against the platform', () => {
  it('matches btoa/atob on random bytes of every length up to 300', () => {
    const platform = (bytes: Uint8Array) =>
      btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    for (let n = 0; n <= 300; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n));
      const text = encodeBase64url(bytes);
      expect(text).toBe(platform(bytes));
      expect(decodeBase64url(text)).toEqual(bytes);
    }
  });

  it('rejects a bad character anywhere, including non-ASCII and the tail', () => {
    const good = encodeBase64url(crypto.getRandomValues(new Uint8Array(31)));
    for (let i = 0; i < good.length; i++) {
      for (const bad of ['=', '+', '/', '.', ' ', 'é', '\u0100', '\0']) {
        expect(decodeBase64url(good.slice(0, i) + bad + good.slice(i + 1))).toBeNull();
      }
    }
  });
});
