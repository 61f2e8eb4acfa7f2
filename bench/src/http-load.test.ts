import { describe, expect, it } from 'vitest';
import { type HttpRun, pairedShare, roundOrder } from './http-load.js';

const run = (requestsPerSec: number, serverCpuUsPerRequest = 10): HttpRun => ({
  requestsPerSec,
  latencyP50Ms: 1,
  latencyP99Ms: 2,
  non2xx: 0,
  errors: 0,
  serverCpuUsPerRequest,
});

describe('roundOrder', () => {
  it('alternates two targets A B, B A, B A, A B', () => {
    expect([0, 1, 2, 3].map((r) => roundOrder(['A', 'B'], r).join(''))).toEqual([
      'AB',
      'BA',
      'BA',
      'AB',
    ]);
  });

  it('runs every target once per round, and gives each every position over the rounds', () => {
    const items = ['A', 'B', 'C', 'D'];
    const positions = new Map(items.map((i) => [i, new Set<number>()]));
    for (let round = 0; round < 8; round++) {
      const order = roundOrder(items, round);
      expect([...order].sort()).toEqual(items);
      for (const [k, item] of order.entries()) positions.get(item)?.add(k);
    }
    for (const seen of positions.values()) expect(seen.size).toBe(items.length);
  });
});

describe('pairedShare', () => {
  it('is the median of the per-round ratios, with their spread and the medians of each side', () => {
    const a = [run(90, 20), run(50, 22), run(80, 21)];
    const b = [run(100, 10), run(100, 12), run(100, 11)];
    const share = pairedShare(a, b);
    expect(share.ratio).toBeCloseTo(0.8);
    expect(share.ratioSpread).toEqual([0.5, 0.9]);
    expect(share.medianRequestsPerSec).toEqual({ a: 80, b: 100 });
    expect(share.medianServerCpuUs).toEqual({ a: 21, b: 11 });
  });

  it('pairs rounds by index, not by sorted value', () => {
    const share = pairedShare([run(10), run(100)], [run(100), run(10)]);
    expect(share.ratioSpread).toEqual([0.1, 10]);
  });
});
