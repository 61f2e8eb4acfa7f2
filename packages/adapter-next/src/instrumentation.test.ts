import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import * as entry from './instrumentation.js';
import { keepSessionVary, mergeVary } from './instrumentation.js';

describe('@workos/authkit-next/instrumentation', () => {
  it('exports register, keepSessionVary and mergeVary', () => {
    expect(Object.keys(entry).sort()).toEqual(['keepSessionVary', 'mergeVary', 'register']);
  });

  it('mergeVary keeps the session tokens of the earlier value and nothing else', () => {
    expect(mergeVary('Cookie, Accept-Encoding', 'RSC, Next-Router-State-Tree')).toBe(
      'RSC, Next-Router-State-Tree, Cookie',
    );
    expect(mergeVary('cookie, Authorization', ['RSC', 'Cookie'])).toBe(
      'RSC, Cookie, Authorization',
    );
    expect(mergeVary(undefined, 'RSC')).toBe('RSC');
    expect(mergeVary('Accept', 'RSC')).toBe('RSC');
  });

  describe('on a real Node server', () => {
    const server = createServer((_req, res) => {
      res.setHeader('Vary', 'Cookie');
      res.setHeader('Vary', 'RSC, Next-Router-State-Tree');
      res.setHeader('X-Other', 'a');
      res.setHeader('X-Other', 'b');
      res.end('ok');
    });
    const listening = new Promise<string>((resolve) =>
      server.listen(0, '127.0.0.1', () =>
        resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
      ),
    );
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('a later Vary replaces Cookie until keepSessionVary, then keeps it (applied once)', async () => {
      const url = await listening;
      const before = await fetch(url);
      expect(before.headers.get('vary')).toBe('RSC, Next-Router-State-Tree');
      expect(keepSessionVary()).toBe(true);
      expect(keepSessionVary()).toBe(true);
      const after = await fetch(url);
      expect(after.headers.get('vary')).toBe('RSC, Next-Router-State-Tree, Cookie');
      expect(after.headers.get('x-other')).toBe('b');
    });
  });
});
