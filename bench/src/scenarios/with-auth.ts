import { type ContenderStats, compare } from '../measure.js';
import type { MintedCookie } from '../sessions.js';
import type { Floor, Subject } from '../subjects.js';

/** A `Request` carrying one session cookie. */
export function requestWith(cookie: MintedCookie): Request {
  return new Request('http://localhost/account', { headers: { cookie: cookie.cookieHeader } });
}

function mustSignIn(outcome: { signedIn: boolean }, label: string): void {
  if (!outcome.signedIn) throw new Error(`${label}: a valid session read as signed out`);
}

/** Scenario 1: the same valid cookie on every request. */
export async function repeatCookie(
  ours: Subject,
  original: Subject,
  floor: Floor,
  cookie: MintedCookie,
  rounds: number,
): Promise<ContenderStats[]> {
  const request = requestWith(cookie);
  return compare(
    [
      { name: 'ours', opsPerRound: 3000, op: async () => mustSignIn(await ours(request), 'ours') },
      {
        name: 'original',
        opsPerRound: 60,
        op: async () => mustSignIn(await original(request), 'original'),
      },
      { name: 'floor', opsPerRound: 60, op: () => floor(cookie.sealed) },
    ],
    { rounds, warmupOps: (name) => (name === 'ours' ? 3000 : 60) },
  );
}

/**
 * Scenario 2: a cookie never seen before on every request (a pool of distinct sessions; each
 * contender walks the same sequence, ours sees each value exactly once).
 */
export async function firstSight(
  ours: Subject,
  original: Subject,
  floor: Floor,
  pool: MintedCookie[],
  rounds: number,
  opsPerRound: number,
  warmupOps: number,
): Promise<ContenderStats[]> {
  if (pool.length < warmupOps + rounds * opsPerRound) throw new Error('cold pool too small');
  const requests = pool.map(requestWith);
  const at = <T>(list: T[], i: number) => list[i] as T;
  return compare(
    [
      {
        name: 'ours',
        opsPerRound,
        op: async (i) => mustSignIn(await ours(at(requests, i)), 'ours'),
      },
      {
        name: 'original',
        opsPerRound,
        op: async (i) => mustSignIn(await original(at(requests, i)), 'original'),
      },
      { name: 'floor', opsPerRound, op: (i) => floor(at(pool, i).sealed) },
    ],
    { rounds, warmupOps, mode: 'alternate' },
  );
}

/** Scenario 3 result: latency stats plus requests that did not end signed in with a new cookie. */
export interface RefreshStats {
  stats: ContenderStats[];
  failures: Record<string, number>;
}

/**
 * Scenario 3: every request carries an expired access token, so `withAuth` refreshes at the
 * emulator. Each contender gets its own pool (refresh tokens are single use).
 */
export async function expiredRefresh(
  ours: Subject,
  original: Subject,
  pools: { ours: MintedCookie[]; original: MintedCookie[] },
  rounds: number,
  opsPerRound: number,
  warmupOps: number,
): Promise<RefreshStats> {
  const failures: Record<string, number> = { ours: 0, original: 0 };
  const contender = (name: 'ours' | 'original', subject: Subject) => {
    const requests = pools[name].map(requestWith);
    return {
      name,
      opsPerRound,
      op: async (i: number) => {
        const outcome = await subject(requests[i] as Request);
        if (!outcome.signedIn || outcome.setCookie.length === 0)
          failures[name] = (failures[name] ?? 0) + 1;
      },
    };
  };
  const stats = await compare([contender('ours', ours), contender('original', original)], {
    rounds,
    warmupOps,
    mode: 'alternate',
  });
  return { stats, failures };
}

/** One burst of concurrent requests on one expired session. */
export interface BurstResult {
  requests: number;
  refreshCalls: number;
  signedIn: number;
  distinctCookies: number;
}

/** Scenario 3b: `count` concurrent requests with one expired session; counts refresh calls. */
export async function concurrentBurst(
  subject: Subject,
  cookie: MintedCookie,
  count: number,
  refreshCalls: () => Promise<number>,
  clearCalls: () => Promise<void>,
): Promise<BurstResult> {
  await clearCalls();
  const outcomes = await Promise.all(
    Array.from({ length: count }, () => subject(requestWith(cookie))),
  );
  const cookies = new Set(
    outcomes.flatMap((o) => o.setCookie.filter((l) => l.startsWith('wos-session='))),
  );
  return {
    requests: count,
    refreshCalls: await refreshCalls(),
    signedIn: outcomes.filter((o) => o.signedIn).length,
    distinctCookies: cookies.size,
  };
}
