import { join } from 'node:path';
import { buildIfStale, type FixtureServer, packageDist, startFixture } from '../fixtures.js';
import { type HttpRun, interleavedLoad, type LoadPlan } from '../http-load.js';

/** The fixture's builds (bench/fixtures/tanstack/vite.config.ts). */
const VARIANTS = ['withAuth', 'noop', 'plain'] as const;
type Variant = (typeof VARIANTS)[number];
const DIST: Record<Variant, string> = { withAuth: 'auth', noop: 'noop', plain: 'plain' };

/** The TanStack Start scenario's figures: every build's runs, in the same rounds. */
export interface TanstackHttpStats extends LoadPlan {
  runs: Partial<Record<Variant, HttpRun[]>>;
}

/** Options of the TanStack Start scenario. */
export interface TanstackHttpOptions {
  env: Record<string, string>;
  cookieHeader: string;
  fixedAuth: Record<string, unknown>;
  plan: LoadPlan;
}

function build(variant: Variant): void {
  const dist = `dist-${DIST[variant]}`;
  buildIfStale({
    name: 'tanstack',
    marker: join(dist, 'server', 'server.js'),
    outputs: (entry) => entry.startsWith('dist-'),
    inputs: packageDist('core', 'adapter-tanstack'),
    command: [
      process.execPath,
      join('..', '..', 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
    ],
    env: { BENCH_VARIANT: DIST[variant] },
    label: `bench/fixtures/tanstack (${dist})`,
  });
}

/**
 * Scenario 4t: bench/fixtures/tanstack built three times from the same source: with
 * `authkitMiddleware()` in `requestMiddleware` and `requireAuth()` on `/api/me` (as
 * examples/tanstack-start); with two middleware layers in the same places that only pass a fixed
 * session on (TanStack's own middleware cost); and without either (the twin). Each build is
 * served by srvx (`server.mjs`, as the example's `pnpm start`) in its own process and loaded in
 * interleaved rounds; CPU is each server process's.
 */
export async function tanstackThroughput(options: TanstackHttpOptions): Promise<TanstackHttpStats> {
  for (const variant of VARIANTS) build(variant);
  const env = { ...options.env, BENCH_FIXED_AUTH: JSON.stringify(options.fixedAuth) };
  const servers: FixtureServer[] = [];
  try {
    const targets = [];
    for (const variant of VARIANTS) {
      const server = await startFixture('tanstack', ['server.mjs', `dist-${DIST[variant]}`], env);
      servers.push(server);
      targets.push({
        name: variant,
        url: `${server.origin}/api/me`,
        cookie: options.cookieHeader,
        cpu: server.cpu,
      });
    }
    return { ...options.plan, runs: await interleavedLoad(targets, options.plan) };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
