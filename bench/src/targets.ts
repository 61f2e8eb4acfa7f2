import { type ContenderStats, pairedRatio, ratioSpread } from './measure.js';
import type { TargetRow } from './report.js';
import { summary } from './report.js';
import type { BundleSizes } from './scenarios/bundle.js';
import type { HttpStats } from './scenarios/http.js';
import type { CacheMemory } from './scenarios/memory.js';
import type { BurstResult, RefreshStats } from './scenarios/with-auth.js';

/** Everything the scenarios measured. */
export interface Measurements {
  repeat: ContenderStats[];
  cold: ContenderStats[];
  refresh: RefreshStats;
  bursts: { ours: BurstResult[]; original: BurstResult[] };
  memory: CacheMemory;
  bundles: BundleSizes;
  http: HttpStats;
}

const pick = (stats: ContenderStats[], name: string) => {
  const found = stats.find((s) => s.name === name);
  if (!found) throw new Error(`no ${name} in results`);
  return found;
};
const x = (n: number) => `${n >= 10 ? n.toFixed(0) : n.toFixed(2)}×`;
const spread = ([lo, hi]: [number, number]) => `rounds ${x(lo)}–${x(hi)}`;

/** "N× <what>", with the per-round spread and the mean-based (ops / wall time) figure. */
function ratioText(a: ContenderStats, b: ContenderStats, what: string): string {
  return `${x(pairedRatio(a, b))} ${what} (${spread(ratioSpread(a, b))}; by ops/wall time ${x(pairedRatio(a, b, 'mean'))})`;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

function burstText(bursts: BurstResult[]): string {
  return bursts
    .map(
      (b) =>
        `${b.refreshCalls} call${b.refreshCalls === 1 ? '' : 's'}, ${b.signedIn}/${b.requests} signed in`,
    )
    .join('; ');
}

/** Builds the targets table from the measurements. Targets are the issue's, never adjusted. */
export function targetRows(m: Measurements): TargetRow[] {
  const [rOurs, rOrig] = [pick(m.repeat, 'ours'), pick(m.repeat, 'original')];
  const [cOurs, cOrig, cFloor] = [
    pick(m.cold, 'ours'),
    pick(m.cold, 'original'),
    pick(m.cold, 'floor'),
  ];
  const [fOurs, fOrig] = [pick(m.refresh.stats, 'ours'), pick(m.refresh.stats, 'original')];
  const repeatRatio = pairedRatio(rOurs, rOrig);
  const coldVsOriginal = pairedRatio(cOurs, cOrig);
  const coldVsFloor = pairedRatio(cFloor, cOurs);
  const refreshRatio = pairedRatio(fOurs, fOrig);
  const failures = m.refresh.failures;
  const burstsOk = m.bursts.ours.every((b) => b.refreshCalls === 1 && b.signedIn === b.requests);
  const { full, typical, withoutSdk } = m.bundles;
  return [
    {
      id: '1',
      measurement: 'withAuth, valid session, repeat cookie: throughput',
      ours: summary(rOurs),
      comparedWith: `original: ${summary(rOrig)}`,
      result: ratioText(rOurs, rOrig, 'the original'),
      target: '≥ 50× the original',
      met: repeatRatio >= 50,
    },
    {
      id: '2a',
      measurement: 'withAuth, valid session, first sight of the cookie: throughput',
      ours: summary(cOurs),
      comparedWith: `original: ${summary(cOrig)}`,
      result: ratioText(cOurs, cOrig, 'the original'),
      target: 'no slower than the original (≥ 1.00×)',
      met: coldVsOriginal >= 1,
    },
    {
      id: '2b',
      measurement: 'withAuth, first sight of the cookie: cost over the crypto floor',
      ours: summary(cOurs),
      comparedWith: `floor (iron unseal + jwtVerify, cached key): ${summary(cFloor)}`,
      result: ratioText(cFloor, cOurs, "the floor's time per request"),
      target: '≤ 1.10× the floor',
      met: coldVsFloor <= 1.1,
    },
    {
      id: '3a',
      measurement: 'withAuth, expired access token → refresh at the emulator: throughput',
      ours: `${summary(fOurs)}; ${failures.ours} failed`,
      comparedWith: `original: ${summary(fOrig)}; ${failures.original} failed`,
      result: ratioText(fOurs, fOrig, 'the original'),
      target: 'no slower than the original (≥ 1.00×), every refresh succeeds',
      met: refreshRatio >= 1 && failures.ours === 0,
    },
    {
      id: '3b',
      measurement: `${m.bursts.ours[0]?.requests ?? 100} concurrent requests on one expired session (×${m.bursts.ours.length})`,
      ours: burstText(m.bursts.ours),
      comparedWith: `original: ${burstText(m.bursts.original)}`,
      result: `refresh calls per burst: ${m.bursts.ours.map((b) => b.refreshCalls).join(', ')}`,
      target: 'exactly 1 refresh call per burst, all signed in',
      met: burstsOk,
    },
    {
      id: '4',
      measurement: `HTTP: Hono example GET /api/me with the middleware vs. without (autocannon, ${m.http.connections} connections, ${m.http.rounds}×${m.http.durationSec} s each)`,
      ours: `${Math.round(m.http.medianRequestsPerSec.withAuth)} req/s`,
      comparedWith: `no auth: ${Math.round(m.http.medianRequestsPerSec.plain)} req/s`,
      result: `${(m.http.ratio * 100).toFixed(1)}% of no-auth (${spread(m.http.ratioSpread)}); server CPU per request ${m.http.medianServerCpuUs.withAuth.toFixed(0)} µs vs ${m.http.medianServerCpuUs.plain.toFixed(0)} µs`,
      target: '≥ 80% of the no-auth throughput',
      met: m.http.ratio >= 0.8,
    },
    {
      id: '5a',
      measurement: 'Browser/edge bundle, minified + gzip (whole public API, WorkOS SDK inlined)',
      ours: `${kb(full.ours.gzipBytes)} (min ${kb(full.ours.minifiedBytes)})`,
      comparedWith: `original: ${kb(full.original.gzipBytes)} (min ${kb(full.original.minifiedBytes)})`,
      result: `${x(full.ours.gzipBytes / full.original.gzipBytes)} the original; typical import ${kb(typical.ours.gzipBytes)} vs ${kb(typical.original.gzipBytes)}; without the SDK ${kb(withoutSdk.ours.gzipBytes)} vs ${kb(withoutSdk.original.gzipBytes)}`,
      target: 'reported (the issue sets no size target)',
      met: null,
    },
    {
      id: '5b',
      measurement: `Verified-session cache at its bound (${m.memory.bound} sessions), heap delta`,
      ours: `${mb(m.memory.atBoundBytes)} (${kb(m.memory.perEntryBytes)} per session)`,
      comparedWith: 'the original has no cache',
      result: `after ${2 * m.memory.bound} distinct sessions: ${mb(m.memory.afterTwiceBoundBytes)} (${m.memory.afterTwiceBoundBytes <= 1.25 * m.memory.atBoundBytes ? 'stays at the bound' : 'kept growing'})`,
      target: 'reported (the issue sets no memory target)',
      met: null,
    },
  ];
}
