import { join } from 'node:path';
import { buildIfStale, type FixtureServer, packageDist, startFixture } from '../fixtures.js';
import { type HttpRun, interleavedLoad, type LoadPlan } from '../http-load.js';

/** The TanStack Start scenario's figures: both builds' runs, in the same rounds. */
export interface TanstackHttpStats extends LoadPlan {
  runs: { withAuth: HttpRun[]; plain: HttpRun[] };
}

/** Options of the TanStack Start scenario. */
export interface TanstackHttpOptions {
  env: Record<string, string>;
  cookieHeader: string;
  fixedAuth: Record<string, unknown>;
  plan: LoadPlan;
}

function build(auth: boolean): void {
  const dist = auth ? 'dist-auth' : 'dist-plain';
  buildIfStale({
    name: 'tanstack',
    marker: join(dist, 'server', 'server.js'),
    outputs: (entry) => entry.startsWith('dist-'),
    inputs: auth ? packageDist('core', 'adapter-tanstack') : [],
    command: [
      process.execPath,
      join('..', '..', 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
    ],
    env: { BENCH_AUTH: auth ? '1' : '0' },
    label: `bench/fixtures/tanstack (${dist})`,
  });
}

/**
 * Scenario 4t: bench/fixtures/tanstack built twice from the same source: with
 * `authkitMiddleware()` in `requestMiddleware` and `requireAuth()` on `/api/me` (as
 * examples/tanstack-start), and without either (the twin answers the same JSON). Each build is
 * served by srvx (`server.mjs`, as the example's `pnpm start`), loaded in interleaved rounds.
 */
export async function tanstackThroughput(options: TanstackHttpOptions): Promise<TanstackHttpStats> {
  build(true);
  build(false);
  const env = { ...options.env, BENCH_FIXED_AUTH: JSON.stringify(options.fixedAuth) };
  const servers: FixtureServer[] = [];
  try {
    const withAuth = await startFixture('tanstack', ['server.mjs', 'dist-auth'], env);
    servers.push(withAuth);
    const plain = await startFixture('tanstack', ['server.mjs', 'dist-plain'], env);
    servers.push(plain);
    const target = (name: string, server: FixtureServer) => ({
      name,
      url: `${server.origin}/api/me`,
      cookie: options.cookieHeader,
      cpu: server.cpu,
    });
    const runs = await interleavedLoad(
      [target('withAuth', withAuth), target('plain', plain)],
      options.plan,
    );
    return { ...options.plan, runs: { withAuth: runs.withAuth ?? [], plain: runs.plain ?? [] } };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
