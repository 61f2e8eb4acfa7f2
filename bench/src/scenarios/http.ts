import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { median } from '../stats.js';

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

/** The HTTP scenario's figures. */
export interface HttpStats {
  framework: HttpFramework;
  connections: number;
  durationSec: number;
  rounds: number;
  withAuth: HttpRun[];
  plain: HttpRun[];
  /** Median over rounds of withAuth / plain requests per second (rounds are paired). */
  ratio: number;
  ratioSpread: [number, number];
  /** Median server CPU µs per request, with and without the middleware. */
  medianServerCpuUs: { withAuth: number; plain: number };
  medianRequestsPerSec: { withAuth: number; plain: number };
}

/** The example apps the HTTP scenario can serve. */
export type HttpFramework = 'hono' | 'express';

/** Options of the HTTP scenario. */
export interface HttpOptions {
  framework: HttpFramework;
  env: Record<string, string>;
  cookieHeader: string;
  fixedAuth: Record<string, unknown>;
  connections: number;
  durationSec: number;
  warmupSec: number;
  rounds: number;
}

async function startServers(
  framework: HttpFramework,
  env: Record<string, string>,
  fixedAuth: unknown,
) {
  const host = fileURLToPath(new URL('../http-server.ts', import.meta.url));
  const child: ChildProcess = fork(host, [framework], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, BENCH_FIXED_AUTH: JSON.stringify(fixedAuth) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ports = await new Promise<{ withAuth: number; plain: number }>((resolve, reject) => {
    child.once('message', (m: { ports: { withAuth: number; plain: number } }) => resolve(m.ports));
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
  return { ports, stop, cpu };
}

async function load(
  port: number,
  cookie: string,
  connections: number,
  duration: number,
  cpu: () => Promise<number>,
): Promise<HttpRun> {
  const cpuBefore = await cpu();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/me`,
    connections,
    duration,
    headers: { cookie, accept: 'application/json' },
  });
  return {
    requestsPerSec: result.requests.total / (result.duration || duration),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverCpuUsPerRequest: ((await cpu()) - cpuBefore) / Math.max(1, result.requests.total),
  };
}

/**
 * Scenario 4: an example's protected `/api/me` (Hono or Express) with AuthKit vs. the same route
 * without it, loaded by autocannon on 127.0.0.1 in alternating rounds. The servers run in a child
 * process, autocannon in this one.
 */
export async function httpThroughput(options: HttpOptions): Promise<HttpStats> {
  const { ports, stop, cpu } = await startServers(
    options.framework,
    options.env,
    options.fixedAuth,
  );
  try {
    const { cookieHeader: cookie, connections, durationSec } = options;
    const bodies = await Promise.all(
      [ports.withAuth, ports.plain].map(async (port) => {
        const response = await fetch(`http://127.0.0.1:${port}/api/me`, { headers: { cookie } });
        return `${response.status} ${await response.text()}`;
      }),
    );
    if (bodies[0] !== bodies[1])
      throw new Error(`the two apps answer differently: ${bodies.join(' | ')}`);
    await load(ports.withAuth, cookie, connections, options.warmupSec, cpu);
    await load(ports.plain, cookie, connections, options.warmupSec, cpu);
    const withAuth: HttpRun[] = [];
    const plain: HttpRun[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const pair = [
        async () =>
          withAuth.push(await load(ports.withAuth, cookie, connections, durationSec, cpu)),
        async () => plain.push(await load(ports.plain, cookie, connections, durationSec, cpu)),
      ];
      if (round % 2) pair.reverse();
      for (const run of pair) await run();
    }
    const ratios = withAuth.map((r, k) => r.requestsPerSec / (plain[k] as HttpRun).requestsPerSec);
    return {
      framework: options.framework,
      connections,
      durationSec,
      rounds: options.rounds,
      withAuth,
      plain,
      ratio: median(ratios),
      ratioSpread: [Math.min(...ratios), Math.max(...ratios)],
      medianServerCpuUs: {
        withAuth: median(withAuth.map((r) => r.serverCpuUsPerRequest)),
        plain: median(plain.map((r) => r.serverCpuUsPerRequest)),
      },
      medianRequestsPerSec: {
        withAuth: median(withAuth.map((r) => r.requestsPerSec)),
        plain: median(plain.map((r) => r.requestsPerSec)),
      },
    };
  } finally {
    await stop();
  }
}
