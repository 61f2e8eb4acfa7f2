import { describe, expect, it } from 'vitest';
import { toJsonSafe } from './json-safe.js';

describe('toJsonSafe', () => {
  it('turns a Date into the ISO string of the same instant, anywhere in the value', () => {
    const createdAt = new Date('2026-01-02T03:04:05.678Z');
    const safe = toJsonSafe({ user: { createdAt, tags: [createdAt] } }) as {
      user: { createdAt: string; tags: string[] };
    };
    expect(safe.user.createdAt).toBe('2026-01-02T03:04:05.678Z');
    expect(new Date(safe.user.createdAt).getTime()).toBe(createdAt.getTime());
    expect(safe.user.tags).toEqual(['2026-01-02T03:04:05.678Z']);
  });

  it('drops what JSON cannot carry and survives a JSON round-trip unchanged', () => {
    const value = {
      a: undefined,
      f: () => 1,
      n: Number.NaN,
      big: 10n,
      bad: new Date('nope'),
      list: [undefined, 1],
      nested: { toJSON: () => ({ ok: true }) },
    };
    const safe = toJsonSafe(value);
    expect(safe).toEqual({ n: null, big: '10', bad: null, list: [null, 1], nested: { ok: true } });
    expect(JSON.parse(JSON.stringify(safe))).toEqual(safe);
  });
});
