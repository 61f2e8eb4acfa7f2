import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.js';

describe('BoundedMap', () => {
  it('keeps at most maxSize entries, dropping the oldest first', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('c', 3);
    expect([...map]).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('makes a key set again the newest, so it is evicted last', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 10).set('c', 3);
    expect([...map.keys()]).toEqual(['a', 'c']);
    expect(map.get('a')).toBe(10);
  });

  it('keeps nothing with a bound of 0', () => {
    const map = new BoundedMap<string, number>(0);
    map.set('a', 1);
    expect(map.size).toBe(0);
    expect(map.get('a')).toBeUndefined();
  });

  it('is a Map for every read and delete', () => {
    const map = new BoundedMap<object, string>(3);
    const key = {};
    map.set(key, 'x');
    expect(map).toBeInstanceOf(Map);
    expect(map.has(key)).toBe(true);
    expect(map.delete(key)).toBe(true);
    expect(map.size).toBe(0);
  });
});
