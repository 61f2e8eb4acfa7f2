import { describe, expect, it } from 'vitest';
import { ExpiringLruCache } from './cache.js';
import { SingleFlight } from './single-flight.js';

/** A cache bounded at 2 holding `a` (1) and `b` (2), set in that order, valid for a minute. */
function cacheOfAB() {
  const cache = new ExpiringLruCache<number>(2);
  const later = Date.now() + 60_000;
  cache.set('a', 1, later);
  cache.set('b', 2, later);
  return { cache, later };
}

describe('ExpiringLruCache', () => {
  it('is bounded and evicts the least recently used entry', () => {
    const { cache, later } = cacheOfAB();
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, later);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('keeps exact LRU order when the newest entry is read again and again', () => {
    const { cache, later } = cacheOfAB();
    expect(cache.get('b')).toBe(2);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, later);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    cache.delete('a');
    cache.set('d', 4, later);
    expect([cache.get('c'), cache.get('d'), cache.size]).toEqual([3, 4, 2]);
  });

  it('forgets entries at their expiry and refuses already-expired ones', () => {
    const cache = new ExpiringLruCache<number>(10);
    const now = 1_000_000;
    cache.set('a', 1, now + 100, now);
    cache.set('late', 2, now - 1, now);
    expect(cache.get('a', now + 99)).toBe(1);
    expect(cache.get('a', now + 100)).toBeUndefined();
    expect(cache.get('late', now)).toBeUndefined();
  });

  it('only hits for the identical long key, even when two long keys share their tail', () => {
    const cache = new ExpiringLruCache<number>(10);
    const later = Date.now() + 60_000;
    const tail = 'h'.repeat(80);
    const first = `Fe26.2*1*${'a'.repeat(1500)}${tail}`;
    const forged = `Fe26.2*1*${'b'.repeat(1500)}${tail}`;
    cache.set(first, 1, later);
    expect(cache.get(`${first}`)).toBe(1);
    expect(cache.get(forged)).toBeUndefined();
    cache.delete(forged);
    expect(cache.get(first)).toBe(1);
    cache.set(forged, 2, later);
    expect(cache.get(first)).toBe(1);
    expect(cache.get(forged)).toBe(2);
  });

  it('misses a long key that differs from a cached one in any single character', () => {
    const cache = new ExpiringLruCache<number>(10);
    const later = Date.now() + 60_000;
    const key = `Fe26.2**1*${'x'.repeat(2200)}*${'h'.repeat(43)}~2`;
    cache.set(key, 1, later);
    for (const at of [0, 9, 10, 500, 1111, 2000, key.length - 50, key.length - 3]) {
      const changed = `${key.slice(0, at)}${key[at] === 'y' ? 'z' : 'y'}${key.slice(at + 1)}`;
      expect(cache.get(changed)).toBeUndefined();
    }
    expect(cache.get(`${key}x`)).toBeUndefined();
    expect(cache.get(key.slice(1))).toBeUndefined();
    expect(cache.get(key.slice(0, 1).concat(key.slice(1)))).toBe(1);
  });

  it('never caches a long key that is not ASCII or longer than a chunked session', () => {
    const cache = new ExpiringLruCache<number>(10);
    const later = Date.now() + 60_000;
    const accented = `Fe26.2**1*${'é'.repeat(200)}`;
    const huge = 'a'.repeat(40_000);
    cache.set(accented, 1, later);
    cache.set(huge, 2, later);
    expect([cache.get(accented), cache.get(huge), cache.size]).toEqual([undefined, undefined, 0]);
  });

  it('stores nothing with size 0', () => {
    const cache = new ExpiringLruCache<number>(0);
    cache.set('a', 1, Date.now() + 1000);
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('SingleFlight', () => {
  it('runs one task per key at a time and shares its result', async () => {
    const flight = new SingleFlight<number>(1000);
    let runs = 0;
    let release!: (n: number) => void;
    const task = () => {
      runs++;
      return new Promise<number>((resolve) => {
        release = resolve;
      });
    };
    const calls = [flight.run('k', task), flight.run('k', task), flight.run('k', task)];
    release(42);
    expect(await Promise.all(calls)).toEqual([42, 42, 42]);
    expect(runs).toBe(1);
    expect(await flight.run('k', task)).toBe(42);
    expect(runs).toBe(1);
  });

  it('does not reuse failures and keeps keys apart', async () => {
    const flight = new SingleFlight<string>(1000);
    await expect(flight.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await flight.run('a', async () => 'ok')).toBe('ok');
    expect(await flight.run('b', async () => 'other')).toBe('other');
  });

  it('runs again once the reuse window has passed', async () => {
    const flight = new SingleFlight<number>(0);
    let runs = 0;
    await flight.run('k', async () => ++runs);
    await flight.run('k', async () => ++runs);
    expect(runs).toBe(2);
  });
});
