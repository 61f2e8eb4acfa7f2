import { describe, expect, it } from 'vitest';
import { listJson } from './serialize.js';

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const ids = (list: ReturnType<typeof listJson>) => list.data.map((item) => item.id);

describe('listJson', () => {
  it('orders descending by default and pages with after', () => {
    const first = listJson(items, new URLSearchParams('limit=2'));
    expect(ids(first)).toEqual(['e', 'd']);
    expect(first.list_metadata).toEqual({ before: null, after: 'd' });
    const second = listJson(items, new URLSearchParams('limit=2&after=d'));
    expect(ids(second)).toEqual(['c', 'b']);
    expect(second.list_metadata).toEqual({ before: 'c', after: 'b' });
  });

  it('pages backwards with before, and ascending with order=asc', () => {
    expect(ids(listJson(items, new URLSearchParams('limit=2&before=b')))).toEqual(['d', 'c']);
    expect(ids(listJson(items, new URLSearchParams('order=asc&limit=3')))).toEqual(['a', 'b', 'c']);
  });
});
