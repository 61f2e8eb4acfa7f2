import { describe, expect, it } from 'vitest';
import type { HttpRun } from './http-load.js';
import type { TargetRow } from './report.js';
import type { NextHttpStats } from './scenarios/http-next.js';
import type { TanstackHttpStats } from './scenarios/http-tanstack.js';
import { honoJwtRow, nextPeerRows, nextRows, tanstackRows } from './targets-http.js';

const plan = { connections: 32, durationSec: 2, warmupSec: 1, rounds: 3 };
const runs = (...rates: number[]): HttpRun[] =>
  rates.map((requestsPerSec) => ({
    requestsPerSec,
    latencyP50Ms: 1,
    latencyP99Ms: 2,
    non2xx: 0,
    errors: 0,
    serverCpuUsPerRequest: 1e6 / requestsPerSec,
  }));
const byId = (rows: TargetRow[]) => Object.fromEntries(rows.map((r) => [r.id, r]));

describe('nextRows', () => {
  const stats: NextHttpStats = {
    ...plan,
    peer: '@workos-inc/authkit-nextjs@4.3.2',
    runs: {
      plain: runs(100, 100, 100),
      proxy: runs(90, 95, 80), // 90%: met, on the median
      me: runs(89, 99, 50), // 89%: missed
      noopPlain: runs(100, 100, 100),
      noopProxy: runs(50, 60, 70),
    },
  };

  it('checks 4n and 4nh against 90% of no-auth on the median round, and reports 4n0', () => {
    const rows = byId(nextRows(stats));
    expect(rows['4n']).toMatchObject({ met: true, value: 0.9 });
    expect(rows['4nh']).toMatchObject({ met: false, value: 0.89 });
    expect(rows['4n0']).toMatchObject({ met: null, value: 0.6 });
  });

  it('has no rows without the runs they compare (a partial or older result file)', () => {
    expect(nextRows({ ...stats, runs: { proxy: runs(1) } })).toEqual([]);
    expect(nextPeerRows(stats)).toEqual([]);
  });

  it('checks ours against the peer: no slower', () => {
    const peer: NextHttpStats = {
      ...stats,
      runs: {
        proxy: runs(100, 100, 100),
        me: runs(100, 100, 100),
        peerProxy: runs(90, 100, 110), // ours 1.00× on the median: met
        peerMe: runs(101, 120, 90), // 0.99×: missed
      },
    };
    const rows = byId(nextPeerRows(peer));
    expect(rows['4np']).toMatchObject({ met: true, value: 1 });
    expect(rows['4nhp']?.met).toBe(false);
    expect(rows['4nhp']?.value).toBeCloseTo(100 / 101);
  });
});

describe('tanstackRows and honoJwtRow', () => {
  it('checks 4t against 90% and reports the noop middleware (4t0)', () => {
    const stats: TanstackHttpStats = {
      ...plan,
      runs: { withAuth: runs(74, 75, 76), noop: runs(90, 90, 90), plain: runs(100, 100, 100) },
    };
    const rows = byId(tanstackRows(stats));
    expect(rows['4t']).toMatchObject({ met: false, value: 0.75 });
    expect(rows['4t0']).toMatchObject({ met: null, value: 0.9 });
  });

  it('reports the Hono JWT reference without a target', () => {
    const row = honoJwtRow({
      ...plan,
      runs: { withAuth: runs(80, 80, 80), plain: runs(100, 100, 100), jwt: runs(40, 40, 40) },
    });
    expect(row).toMatchObject({ id: '4j', met: null, value: 2 });
  });
});
