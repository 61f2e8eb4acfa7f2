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
