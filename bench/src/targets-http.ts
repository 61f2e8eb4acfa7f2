/** Target rows and notes of the framework HTTP scenarios (Next, TanStack Start, Hono + JWT). */
import type { HttpRun } from './http-load.js';
import { pairedShare } from './http-load.js';
import type { TargetRow } from './report.js';
import type { HonoJwtStats } from './scenarios/http-hono-jwt.js';
import type { NextHttpStats } from './scenarios/http-next.js';
import type { TanstackHttpStats } from './scenarios/http-tanstack.js';

/** Targets of issue #21, never adjusted. */
export const HTTP_TARGETS = {
  /** With auth, a cached session: share of the same app's no-auth throughput. */
  share: 0.9,
  /** Ours against a peer on the same app ("ahead of every peer"): no slower. */
  vsPeer: 1,
};

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
const x = (r: number) => `${r.toFixed(2)}×`;
const rps = (r: number) => `${Math.round(r)} req/s`;
const cpu = (us: number) => `${us.toFixed(0)} µs CPU/request`;
const load = (p: { connections: number; rounds: number; durationSec: number }) =>
  `autocannon, ${p.connections} connections, ${p.rounds}×${p.durationSec} s each, interleaved`;

/** A "with auth vs. the same app without" row, checked against the 90% target. */
function shareRow(id: string, measurement: string, a: HttpRun[], b: HttpRun[]): TargetRow {
  const s = pairedShare(a, b);
  return {
    id,
    measurement,
    ours: `${rps(s.medianRequestsPerSec.a)}; ${cpu(s.medianServerCpuUs.a)}`,
    comparedWith: `no auth: ${rps(s.medianRequestsPerSec.b)}; ${cpu(s.medianServerCpuUs.b)} (${(s.medianServerCpuUs.a - s.medianServerCpuUs.b).toFixed(0)} µs over)`,
    result: `${pct(s.ratio)} of no-auth (rounds ${pct(s.ratioSpread[0])}–${pct(s.ratioSpread[1])})`,
    target: `≥ ${HTTP_TARGETS.share * 100}% of the no-auth throughput`,
    met: s.ratio >= HTTP_TARGETS.share,
    value: s.ratio,
  };
}

/** Ours against the peer on the same app and route. */
function peerRow(
  id: string,
  what: string,
  n: NextHttpStats,
  ours: HttpRun[],
  peer: HttpRun[],
): TargetRow {
  const s = pairedShare(ours, peer);
  return {
    id,
    measurement: `HTTP: Next ${what}, ours vs. ${n.peer} on the same fixture (two builds differing only in the import; ${load(n)})`,
    ours: `${rps(s.medianRequestsPerSec.a)}; ${cpu(s.medianServerCpuUs.a)}`,
    comparedWith: `${n.peer}: ${rps(s.medianRequestsPerSec.b)}; ${cpu(s.medianServerCpuUs.b)}`,
    result: `${x(s.ratio)} the peer's throughput (rounds ${x(s.ratioSpread[0])}–${x(s.ratioSpread[1])})`,
    target: `no slower than the peer (≥ ${x(HTTP_TARGETS.vsPeer)})`,
    met: s.ratio >= HTTP_TARGETS.vsPeer,
    value: s.ratio,
  };
}

/** Rows 4n, 4nh, 4n0: the Next fixture's proxy and route handler, and Next's own proxy cost. */
export function nextRows(n: NextHttpStats): TargetRow[] {
  const { plain, proxy, me, noopPlain, noopProxy } = n.runs;
  if (!plain || !proxy || !me) return [];
  const rows = [
    shareRow(
      '4n',
      `HTTP: Next (\`next start\`), GET /api/proxy behind \`authkitProxy\` (default runtime) vs. the same app's /api/plain outside the proxy (${load(n)})`,
      proxy,
      plain,
    ),
    shareRow(
      '4nh',
      `HTTP: Next, GET /api/me: the proxy, then \`withAuth()\` in the route handler, vs. /api/plain (${load(n)})`,
      me,
      plain,
    ),
  ];
  if (noopPlain && noopProxy) {
    const empty = pairedShare(noopProxy, noopPlain);
    const ours = pairedShare(proxy, plain);
    const over = (s: typeof ours) => s.medianServerCpuUs.a - s.medianServerCpuUs.b;
    rows.push({
      id: '4n0',
      measurement: `HTTP: Next's own proxy cost: a third build whose proxy only returns \`NextResponse.next()\`, its /api/proxy vs. its /api/plain (${load(n)})`,
      ours: `${rps(empty.medianRequestsPerSec.a)}; ${cpu(empty.medianServerCpuUs.a)}`,
      comparedWith: `no proxy: ${rps(empty.medianRequestsPerSec.b)}; ${cpu(empty.medianServerCpuUs.b)} (${over(empty).toFixed(0)} µs over)`,
      result: `${pct(empty.ratio)} of no-proxy. Of 4n's ${over(ours).toFixed(0)} µs over no-auth, ${(over(ours) - over(empty)).toFixed(0)} µs are AuthKit's and the rest Next's proxy`,
      target: 'reported (the ceiling for 4n: a proxy with no AuthKit in it)',
      met: null,
      value: empty.ratio,
    });
  }
  return rows;
}

/** Rows 4np, 4nhp: ours against the peer, proxy and proxy + withAuth. */
export function nextPeerRows(n: NextHttpStats): TargetRow[] {
  const { proxy, me, peerProxy, peerMe } = n.runs;
  if (!proxy || !me || !peerProxy || !peerMe) return [];
  return [
    peerRow('4np', 'proxy (GET /api/proxy)', n, proxy, peerProxy),
    peerRow('4nhp', 'proxy + `withAuth()` (GET /api/me)', n, me, peerMe),
  ];
}

/** Rows 4t, 4t0: the TanStack Start fixture, and TanStack's own middleware cost. */
export function tanstackRows(t: TanstackHttpStats): TargetRow[] {
  const { withAuth, noop, plain } = t.runs;
  if (!withAuth || !plain) return [];
  const rows = [
    shareRow(
      '4t',
      `HTTP: TanStack Start built server (srvx), GET /api/me with \`authkitMiddleware()\` + \`requireAuth()\` vs. the same app built without (${load(t)})`,
      withAuth,
      plain,
    ),
  ];
  if (noop) {
    const n = pairedShare(noop, plain);
    rows.push({
      id: '4t0',
      measurement: `HTTP: TanStack Start's own middleware cost: the same app with two middleware layers that only pass a fixed session on, vs. without (${load(t)})`,
      ours: `${rps(n.medianRequestsPerSec.a)}; ${cpu(n.medianServerCpuUs.a)}`,
      comparedWith: `no middleware: ${rps(n.medianRequestsPerSec.b)}; ${cpu(n.medianServerCpuUs.b)} (${(n.medianServerCpuUs.a - n.medianServerCpuUs.b).toFixed(0)} µs over)`,
      result: `${pct(n.ratio)} of no-auth; ours (4t) reaches ${pct(pairedShare(withAuth, noop).ratio)} of the empty middleware's throughput`,
      target: 'reported (the ceiling for 4t: the middleware with no AuthKit in it)',
      met: null,
      value: n.ratio,
    });
  }
  return rows;
}

/** Row 4j: the Hono example against a `hono/jwt` session cookie (reported, no target). */
export function honoJwtRow(h: HonoJwtStats): TargetRow {
  const ours = pairedShare(h.runs.withAuth, h.runs.plain);
  const jwt = pairedShare(h.runs.jwt, h.runs.plain);
  const vs = pairedShare(h.runs.withAuth, h.runs.jwt);
  return {
    id: '4j',
    measurement: `HTTP: Hono example GET /api/me vs. a Hono app checking a \`hono/jwt\` HS256 session cookie (reference point; ${load(h)})`,
    ours: `${rps(ours.medianRequestsPerSec.a)} (${pct(ours.ratio)} of no-auth); ${ours.medianServerCpuUs.a.toFixed(1)} µs CPU/request`,
    comparedWith: `hono/jwt: ${rps(jwt.medianRequestsPerSec.a)} (${pct(jwt.ratio)} of no-auth); ${jwt.medianServerCpuUs.a.toFixed(1)} µs; no auth ${rps(ours.medianRequestsPerSec.b)}, ${ours.medianServerCpuUs.b.toFixed(1)} µs`,
    result: `${x(vs.ratio)} the JWT app's throughput (rounds ${x(vs.ratioSpread[0])}–${x(vs.ratioSpread[1])})`,
    target: 'reported (a reference point, no target)',
    met: null,
    value: vs.ratio,
  };
}

function roundsNote(label: string, runs: Partial<Record<string, HttpRun[]>>): string {
  const names = Object.keys(runs);
  const count = runs[names[0] as string]?.length ?? 0;
  const rounds: string[] = [];
  for (let k = 0; k < count; k++) {
    rounds.push(names.map((n) => Math.round(runs[n]?.[k]?.requestsPerSec ?? 0)).join(' / '));
  }
  const cpuUs = names.map((n) => {
    const all = runs[n] ?? [];
    return `${n} ${all.map((r) => r.serverCpuUsPerRequest.toFixed(0)).join(', ')}`;
  });
  const bad = names.reduce(
    (sum, n) => sum + (runs[n] ?? []).reduce((s, r) => s + r.non2xx + r.errors, 0),
    0,
  );
  return `${label} rounds (req/s, ${names.join(' / ')}): ${rounds.join(', ')}; server CPU µs per request: ${cpuUs.join('; ')}; non-2xx + errors ${bad}.`;
}

/** Per-round notes of the framework scenarios. */
export function frameworkNotes(m: {
  httpNext?: NextHttpStats;
  httpNextPeer?: NextHttpStats;
  httpTanstack?: TanstackHttpStats;
  honoJwt?: HonoJwtStats;
}): string[] {
  const notes: string[] = [];
  if (m.httpNext) notes.push(roundsNote('HTTP Next', m.httpNext.runs));
  if (m.httpNextPeer) {
    notes.push(roundsNote(`HTTP Next vs. ${m.httpNextPeer.peer}`, m.httpNextPeer.runs));
  }
  if (m.httpTanstack) notes.push(roundsNote('HTTP TanStack Start', m.httpTanstack.runs));
  if (m.honoJwt) notes.push(roundsNote('HTTP Hono vs. hono/jwt', m.honoJwt.runs));
  return notes;
}
