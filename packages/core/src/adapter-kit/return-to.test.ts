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

  it('keeps an absolute URL on the same site', () => {
    expect(absoluteReturnTo('https://app.example.com/bye#x', origin)).toBe(
      'https://app.example.com/bye#x',
    );
  });

  it('never leaves the site', () => {
    for (const hostile of [
      '//evil.example/x',
      '/%2F%2Fevil.example',
      'https://evil.example/bye',
      'javascript:alert(1)',
      'relative/path',
    ]) {
      expect(absoluteReturnTo(hostile, origin), hostile).toBe('https://app.example.com/');
    }
  });

  it('gives undefined when nothing is asked', () => {
    expect(absoluteReturnTo(undefined, origin)).toBeUndefined();
    expect(absoluteReturnTo('', origin)).toBeUndefined();
  });
});
