/**
 * `pnpm bench`: our core vs. the original @workos/authkit-session@0.7.1 vs. the crypto floor,
 * side by side in one run. Writes results/latest.md and results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { EmulatorProcess } from './emulator-client.js';
import { describeMachine } from './machine.js';
import { renderMarkdown } from './report.js';
import { measureBundles } from './scenarios/bundle.js';
import { edgeColdStart } from './scenarios/cold-edge.js';
import { coldStart } from './scenarios/cold-start.js';
import { httpThroughput } from './scenarios/http.js';
import { honoJwtReference } from './scenarios/http-hono-jwt.js';
import { nextThroughput } from './scenarios/http-next.js';
import { tanstackThroughput } from './scenarios/http-tanstack.js';
import { cacheMemory } from './scenarios/memory.js';
import {
  concurrentBurst,
  expiredRefresh,
  firstSight,
  repeatCookie,
} from './scenarios/with-auth.js';
import { mintCookies } from './sessions.js';
import { benchConfig, cryptoFloor, originalSubject, ourSubject } from './subjects.js';
import { detailNotes, detailTables, type Measurements, targetRows } from './targets.js';

const PLAN = {
  repeat: { rounds: 20 },
  cold: { rounds: 40, opsPerRound: 40, warmupOps: 100 },
  refresh: { rounds: 20, opsPerRound: 10, warmupOps: 5 },
  burst: { requests: 100, trials: 3 },
  cacheBound: 1000,
  http: { connections: 32, durationSec: 2, warmupSec: 2, rounds: 8 },
  // Framework fixtures (after their builds, which happen only when stale): ≲ 60 s each.
  httpNext: { connections: 32, durationSec: 2, warmupSec: 4, rounds: 4 },
  httpNextPeer: { connections: 32, durationSec: 2, warmupSec: 5, rounds: 4 },
  httpTanstack: { connections: 32, durationSec: 2, warmupSec: 4, rounds: 8 },
  honoJwt: { connections: 32, durationSec: 2, warmupSec: 2, rounds: 8 },
  coldStart: { rounds: 10 },
};

/**
 * A full run writes results/latest.{md,json} and a copy, results/run-<time>.json (for medians over
 * runs). `--only=a,b` runs some scenarios (the names in SCENARIOS); such a partial run writes results/partial-<time>.json and leaves latest.* alone.
 */
const SCENARIOS = [
  'repeat',
  'first-sight',
  'refresh',
  'memory',
  'bundle',
  'cold-start',
  'cold-edge',
  'http',
  'http-express',
  'http-hono-jwt',
  'http-next',
  'http-next-peer',
  'http-tanstack',
];
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = new Set(onlyArg ? onlyArg.split(',') : SCENARIOS);
for (const name of only) if (!SCENARIOS.includes(name)) throw new Error(`unknown scenario ${name}`);
const wants = (name: string) => only.has(name);
const partial = only.size < SCENARIOS.length;
const PASSWORD = 'bench-cookie-password-at-least-32-characters';
const COOKIE = 'wos-session';

for (const key of Object.keys(process.env)) if (key.startsWith('WORKOS_')) delete process.env[key];

const started = performance.now();
const machine = describeMachine();
const step = (label: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${label}`);
const emulator = await EmulatorProcess.start();

try {
  step('minting sessions at the emulator');
  const coldNeed = PLAN.cold.warmupOps + PLAN.cold.rounds * PLAN.cold.opsPerRound;
  const pool = await mintCookies(
    emulator,
    wants('first-sight') || wants('memory') ? Math.max(coldNeed, 2 * PLAN.cacheBound + 1) + 1 : 1,
    PASSWORD,
    COOKIE,
  );
  const hot = pool.pop() as (typeof pool)[number];
  await emulator.setClockOffset(-7200);
  const refreshNeed = PLAN.refresh.warmupOps + PLAN.refresh.rounds * PLAN.refresh.opsPerRound;
  const expired = await mintCookies(
    emulator,
    wants('refresh') ? 2 * refreshNeed + 2 * PLAN.burst.trials : 0,
    PASSWORD,
    COOKIE,
  );
  await emulator.setClockOffset(0);

  const config = benchConfig(emulator.info, PASSWORD);
  const ours = ourSubject(config);
  const original = originalSubject(config);
  const floor = await cryptoFloor(emulator.info, PASSWORD);

  const measurements: Measurements = {};
  if (wants('repeat')) {
    step('1. repeat cookie');
    measurements.repeat = await repeatCookie(ours, original, floor, hot, PLAN.repeat.rounds);
  }
  if (wants('first-sight')) {
    step('2. first sight of the cookie');
    const c = PLAN.cold;
    measurements.cold = await firstSight(
      ours,
      original,
      floor,
      pool,
      c.rounds,
      c.opsPerRound,
      c.warmupOps,
    );
  }
  if (wants('refresh')) {
    step('3. expired token → refresh');
    const r = PLAN.refresh;
    const refresh = await expiredRefresh(
      ours,
      original,
      {
        ours: expired.slice(0, refreshNeed),
        original: expired.slice(refreshNeed, 2 * refreshNeed),
      },
      r.rounds,
      r.opsPerRound,
      r.warmupOps,
    );
    const burstCookies = expired.slice(2 * refreshNeed);
    const bursts: Measurements['bursts'] = { ours: [], original: [] };
    for (let t = 0; t < PLAN.burst.trials; t++) {
      const run = (subject: typeof ours, k: number) =>
        concurrentBurst(
          subject,
          burstCookies[k] as (typeof pool)[number],
          PLAN.burst.requests,
          () => emulator.refreshCalls(),
          () => emulator.clearCalls(),
        );
      bursts.ours.push(await run(ourSubject(config), 2 * t));
      bursts.original.push(await run(original, 2 * t + 1));
    }
    measurements.refresh = refresh;
    measurements.bursts = bursts;
  }
  if (wants('memory')) {
    step('5b. cache memory');
    measurements.memory = await cacheMemory({
      config,
      cookieName: COOKIE,
      sealed: pool.map((cookie) => cookie.sealed),
      bound: PLAN.cacheBound,
    });
  }
  if (wants('bundle')) {
    step('5a. bundle sizes');
    measurements.bundles = await measureBundles();
  }
  if (wants('cold-start')) {
    step('6. cold start (fresh processes)');
    measurements.coldStart = await coldStart(config, hot.cookieHeader, PLAN.coldStart.rounds);
  }
  if (wants('cold-edge')) {
    step('6e. cold start (fresh edge isolates)');
    measurements.coldEdge = await edgeColdStart(config, hot.cookieHeader, PLAN.coldStart.rounds);
  }
  const claims = decodeJwt(hot.session.accessToken) as Record<string, unknown>;
  const httpOptions = {
    ...PLAN.http,
    env: {
      ...emulator.info.env,
      WORKOS_COOKIE_PASSWORD: PASSWORD,
      WORKOS_REDIRECT_URI: 'http://localhost:3001/callback',
    },
    cookieHeader: hot.cookieHeader,
    fixedAuth: {
      user: { id: hot.session.user.id, email: hot.session.user.email },
      organizationId: claims.org_id ?? null,
      role: claims.role ?? null,
      permissions: claims.permissions ?? [],
    },
  };
  if (wants('http')) {
    step('4. HTTP, Hono (autocannon)');
    measurements.http = await httpThroughput({ ...httpOptions, framework: 'hono' });
  }
  if (wants('http-express')) {
    step('4e. HTTP, Express (autocannon)');
    measurements.httpExpress = await httpThroughput({ ...httpOptions, framework: 'express' });
  }
  if (wants('http-hono-jwt')) {
    step('4j. HTTP, Hono vs. a hono/jwt session (autocannon)');
    measurements.honoJwt = await honoJwtReference({ ...httpOptions, plan: PLAN.honoJwt });
  }
  if (wants('http-next')) {
    step('4n. HTTP, Next: proxy and route handler (next start, autocannon)');
    measurements.httpNext = await nextThroughput(
      ['plain', 'proxy', 'me', 'noopPlain', 'noopProxy'],
      {
        ...httpOptions,
        plan: PLAN.httpNext,
      },
    );
  }
  if (wants('http-next-peer')) {
    step('4np. HTTP, Next: ours vs. @workos-inc/authkit-nextjs (next start, autocannon)');
    measurements.httpNextPeer = await nextThroughput(['proxy', 'me', 'peerProxy', 'peerMe'], {
      ...httpOptions,
      plan: PLAN.httpNextPeer,
    });
  }
  if (wants('http-tanstack')) {
    step('4t. HTTP, TanStack Start built server (autocannon)');
    measurements.httpTanstack = await tanstackThroughput({
      ...httpOptions,
      plan: PLAN.httpTanstack,
    });
  }

  const rows = targetRows(measurements);
  const durationSec = (performance.now() - started) / 1000;
  const date = new Date().toISOString();
  const markdown = renderMarkdown({
    date,
    machine,
    durationSec,
    rows,
    details: detailTables(measurements),
    notes: detailNotes(measurements),
  });
  const out = new URL('../results/', import.meta.url);
  mkdirSync(out, { recursive: true });
  const json = `${JSON.stringify({ date, machine, durationSec, plan: PLAN, only: [...only], targets: rows, measurements }, null, 2)}\n`;
  const stamp = date.replace(/[:.]/g, '-');
  const stem = partial ? `partial-${stamp}` : 'latest';
  if (!partial) {
    writeFileSync(new URL('latest.md', out), markdown);
    writeFileSync(new URL(`run-${stamp}.json`, out), json);
  }
  writeFileSync(new URL(`${stem}.json`, out), json);
  console.log(`\n${markdown}`);
  step(`wrote results/${stem}.json${partial ? '' : ' and results/latest.md'}`);
} finally {
  await emulator.stop();
}
