import { describe, expect, it } from 'vitest';
import { appendHeaderBag, mergeHeaderBags, setCookieLines } from './header-bag.js';

describe('mergeHeaderBags', () => {
  it('concatenates Set-Cookie case-insensitively into one string[] and keeps the first spelling', () => {
    const merged = mergeHeaderBags(
      { 'set-cookie': 'a=1' },
      { 'Set-Cookie': ['b=2', 'c=3'] },
      undefined,
      { 'SET-COOKIE': ['d=4'] },
    );
    expect(merged).toEqual({ 'set-cookie': ['a=1', 'b=2', 'c=3', 'd=4'] });
  });

  it('lets later values win for other headers, matching names case-insensitively', () => {
    const merged = mergeHeaderBags(
      { 'Cache-Control': 'private', Vary: 'Cookie' },
      { 'cache-control': 'no-store' },
    );
    expect(merged).toEqual({ 'Cache-Control': 'no-store', Vary: 'Cookie' });
  });

  it('does not mutate its inputs', () => {
    const first = { 'Set-Cookie': ['a=1'] };
    mergeHeaderBags(first, { 'Set-Cookie': ['b=2'] });
    expect(first).toEqual({ 'Set-Cookie': ['a=1'] });
  });
});

describe('setCookieLines / appendHeaderBag', () => {
  it('reads Set-Cookie under any casing', () => {
    expect(setCookieLines({ 'set-cookie': 'a=1', 'Set-Cookie': ['b=2'], Other: 'x' })).toEqual([
      'a=1',
      'b=2',
    ]);
    expect(setCookieLines(undefined)).toEqual([]);
  });

  it('appends one Set-Cookie header per entry (never comma-joined)', () => {
    const headers = appendHeaderBag(new Headers(), {
      'Set-Cookie': ['a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'b=2'],
      'Cache-Control': 'no-store',
    });
    expect(headers.getSetCookie()).toEqual(['a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'b=2']);
    expect(headers.get('cache-control')).toBe('no-store');
  });
});
