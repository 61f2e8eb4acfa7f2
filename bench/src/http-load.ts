/**
 * Shared by the HTTP scenarios: one autocannon run against a target (with the server's CPU time
 * around it), the check that targets answer the same bytes, and interleaved rounds.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { median } from './stats.js';

/** One autocannon run. */
export interface HttpRun {
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
  /** Server process CPU time (user + system) per request, in microseconds. */
  serverCpuUsPerRequest: number;
}

/** One URL under load: its server's CPU clock (µs) and the `Cookie` header it is sent. */
export interface HttpTarget {
  name: string;
  url: string;
  cookie: string;
  cpu(): Promise<number>;
}

/** How long and how hard each target is loaded. */
export interface LoadPlan {
  connections: number;
  durationSec: number;
  warmupSec: number;
  rounds: number;
}

/** Loads one target for `duration` seconds with autocannon (in this process). */
export async function loadOnce(
  target: HttpTarget,
  connections: number,
  duration: number,
): Promise<HttpRun> {
  const cpuBefore = await target.cpu();
  const result = await autocannon({
    url: target.url,
    connections,
    duration,
    headers: { cookie: target.cookie, accept: 'application/json' },
  });
  return {
    requestsPerSec: result.requests.total / (result.duration || duration),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverCpuUsPerRequest: ((await target.cpu()) - cpuBefore) / Math.max(1, result.requests.total),
  };
}

/** Throws unless every target answers the same status and body (so they do the same work). */
export async function assertSameAnswers(targets: HttpTarget[]): Promise<void> {
  const answers = await Promise.all(
    targets.map(async (t) => {
      const response = await fetch(t.url, { headers: { cookie: t.cookie } });
      return `${response.status} ${await response.text()}`;
    }),
  );
  if (answers.some((a) => a !== answers[0])) {
    throw new Error(
      `the targets answer differently: ${targets.map((t, k) => `${t.name}: ${answers[k]}`).join(' | ')}`,
    );
  }
}

/**
 * The order of round `round`: it starts at item ⌊round/2⌋ and odd rounds run backwards
 * (A B, B A, B A, A B for two; A B C, C B A, B C A, A C B, … for three).
 */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const shift = Math.floor(round / 2) % items.length;
  const order = [...items.slice(shift), ...items.slice(0, shift)];
  return round % 2 ? order.reverse() : order;
}

/**
 * Checks that every target answers the same, warms each up, then loads them in `plan.rounds`
 * rounds, one target after the other in {@link roundOrder}, so that a burst of load from
 * elsewhere lands on all of them alike. Runs are listed per target.
 */
export async function interleavedLoad(
  targets: HttpTarget[],
  plan: LoadPlan,
): Promise<Record<string, HttpRun[]>> {
  await assertSameAnswers(targets);
  for (const t of targets) await loadOnce(t, plan.connections, plan.warmupSec);
  const runs: Record<string, HttpRun[]> = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let round = 0; round < plan.rounds; round++) {
    for (const t of roundOrder(targets, round)) {
      runs[t.name]?.push(await loadOnce(t, plan.connections, plan.durationSec));
    }
  }
  return runs;
}

/** `a` against `b`, round by round (they ran in the same rounds). */
export interface PairedShare {
  /** Median over rounds of a's / b's requests per second. */
  ratio: number;
  ratioSpread: [number, number];
  medianRequestsPerSec: { a: number; b: number };
  /** Median server CPU µs per request. */
  medianServerCpuUs: { a: number; b: number };
}

/** Compares two targets' runs of the same rounds. */
export function pairedShare(a: HttpRun[], b: HttpRun[]): PairedShare {
  const ratios = a.map((r, k) => r.requestsPerSec / (b[k] as HttpRun).requestsPerSec);
  const med = (runs: HttpRun[], key: keyof HttpRun) => median(runs.map((r) => r[key]));
  return {
    ratio: median(ratios),
    ratioSpread: [Math.min(...ratios), Math.max(...ratios)],
    medianRequestsPerSec: { a: med(a, 'requestsPerSec'), b: med(b, 'requestsPerSec') },
    medianServerCpuUs: { a: med(a, 'serverCpuUsPerRequest'), b: med(b, 'serverCpuUsPerRequest') },
  };
}

/** A server child process (src/http-server.ts) serving apps on the ports it reports. */
export interface ForkedServers {
  ports: Record<string, number>;
  /** The child's `process.cpuUsage()`, user + system, in µs. */
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/** Forks src/http-server.ts with `args` and `env`, and waits for the ports it serves. */
export async function forkServers(
  args: string[],
  env: Record<string, string>,
): Promise<ForkedServers> {
  const host = fileURLToPath(new URL('./http-server.ts', import.meta.url));
  const child: ChildProcess = fork(host, args, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ports = await new Promise<Record<string, number>>((resolve, reject) => {
    child.once('message', (m: { ports: Record<string, number> }) => resolve(m.ports));
    child.once('exit', (code) => reject(new Error(`HTTP server exited (${code})`)));
  });
  const cpu = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve(m.cpu.user + m.cpu.system));
      child.send({ cpu: true });
    });
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect();
    await exited;
  };
  return { ports, cpu, stop };
}
