import { describe, expect, it } from 'vitest';
import { absoluteReturnTo } from './return-to.js';

describe('absoluteReturnTo', () => {
  const origin = 'https://app.example.com';

  it('resolves a path against the origin', () => {
    expect(absoluteReturnTo('/goodbye?x=1', origin)).toBe('https://app.example.com/goodbye?x=1');
    expect(absoluteReturnTo('/', new URL('https://app.example.com/deep/page'))).toBe(
      'https://app.example.com/',
    );
  });

  it('keeps a path on the site even when it tries to leave', () => {
    expect(absoluteReturnTo('//evil.example/x', origin)).toBe('https://app.example.com/');
    expect(absoluteReturnTo('/%2F%2Fevil.example', origin)).toBe('https://app.example.com/');
  });

  it('keeps an absolute http(s) URL and rejects other values', () => {
    expect(absoluteReturnTo('https://marketing.example.com/bye', origin)).toBe(
      'https://marketing.example.com/bye',
    );
    expect(absoluteReturnTo(undefined, origin)).toBeUndefined();
    expect(absoluteReturnTo('', origin)).toBeUndefined();
    expect(absoluteReturnTo('javascript:alert(1)', origin)).toBeUndefined();
    expect(absoluteReturnTo('relative/path', origin)).toBeUndefined();
  });
});
