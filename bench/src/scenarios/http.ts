import { forkServers, type HttpRun, interleavedLoad, pairedShare } from '../http-load.js';

export type { HttpRun } from '../http-load.js';

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

/**
 * Scenario 4: an example's protected `/api/me` (Hono or Express) with AuthKit vs. the same route
 * without it, loaded by autocannon on 127.0.0.1 in alternating rounds. The servers run in a child
 * process, autocannon in this one.
 */
export async function httpThroughput(options: HttpOptions): Promise<HttpStats> {
  const { ports, stop, cpu } = await forkServers([options.framework], {
    ...options.env,
    BENCH_FIXED_AUTH: JSON.stringify(options.fixedAuth),
  });
  try {
    const target = (name: 'withAuth' | 'plain') => ({
      name,
      url: `http://127.0.0.1:${ports[name]}/api/me`,
      cookie: options.cookieHeader,
      cpu,
    });
    const runs = await interleavedLoad([target('withAuth'), target('plain')], options);
    const [withAuth, plain] = [runs.withAuth ?? [], runs.plain ?? []];
    const share = pairedShare(withAuth, plain);
    return {
      framework: options.framework,
      connections: options.connections,
      durationSec: options.durationSec,
      rounds: options.rounds,
      withAuth,
      plain,
      ratio: share.ratio,
      ratioSpread: share.ratioSpread,
      medianServerCpuUs: { withAuth: share.medianServerCpuUs.a, plain: share.medianServerCpuUs.b },
      medianRequestsPerSec: {
        withAuth: share.medianRequestsPerSec.a,
        plain: share.medianRequestsPerSec.b,
      },
    };
  } finally {
    await stop();
  }
}
