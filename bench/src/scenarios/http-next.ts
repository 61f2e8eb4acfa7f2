import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  benchDir,
  buildIfStale,
  type FixtureServer,
  packageDist,
  startFixture,
} from '../fixtures.js';
import { type HttpRun, type HttpTarget, interleavedLoad, type LoadPlan } from '../http-load.js';

/**
 * The Next targets: our build's twin, proxy-only and withAuth routes, the peer's two, and the
 * noop build's proxy-only route (Next's proxy without any work in it).
 */
export const NEXT_TARGETS = [
  'plain',
  'proxy',
  'me',
  'peerProxy',
  'peerMe',
  'noopPlain',
  'noopProxy',
] as const;
export type NextTarget = (typeof NEXT_TARGETS)[number];

/** The Next scenario's figures: every target's runs, in the same rounds. */
export interface NextHttpStats extends LoadPlan {
  /** The peer package and version on the same fixture. */
  peer: string;
  runs: Partial<Record<NextTarget, HttpRun[]>>;
}

/** Options of the Next scenario. */
export interface NextHttpOptions {
  env: Record<string, string>;
  cookieHeader: string;
  fixedAuth: Record<string, unknown>;
  plan: LoadPlan;
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const peerPackage = '@workos-inc/authkit-nextjs';
const peerManifest = join(benchDir, 'node_modules', peerPackage, 'package.json');
const REDIRECT = 'http://localhost:3000/callback';

function build(variant: Variant): void {
  const dist = `.next-${variant}`;
  buildIfStale({
    name: 'next',
    marker: join(dist, 'BUILD_ID'),
    outputs: (entry) => entry.startsWith('.next') || entry === 'next-env.d.ts',
    inputs:
      variant === 'ours'
        ? packageDist('core', 'adapter-next')
        : variant === 'peer'
          ? [peerManifest]
          : [],
    command: [process.execPath, nextBin, 'build'],
    env: {
      BENCH_AUTHKIT: variant,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_PUBLIC_WORKOS_REDIRECT_URI: REDIRECT,
    },
    label: `bench/fixtures/next (${variant})`,
  });
}

type Variant = 'ours' | 'peer' | 'noop';
const ROUTES: Record<NextTarget, [Variant, string]> = {
  plain: ['ours', '/api/plain'],
  proxy: ['ours', '/api/proxy'],
  me: ['ours', '/api/me'],
  peerProxy: ['peer', '/api/proxy'],
  peerMe: ['peer', '/api/me'],
  noopPlain: ['noop', '/api/plain'],
  noopProxy: ['noop', '/api/proxy'],
};

/**
 * bench/fixtures/next is built once per variant, the builds differing only in the AuthKit import
 * (ours, the peer's, or a proxy that only passes requests on), each served by `next start`.
 * Loads `targets` in interleaved autocannon rounds; CPU is each `next start` process tree's.
 *
 * - `plain`: our build's `/api/plain`, outside the proxy's matcher (the twin without auth);
 * - `proxy`: `/api/proxy`, the proxy on its default runtime, then a handler that answers the
 *   same JSON without reading the session; `me`: `/api/me`, the proxy, then `withAuth()` in the
 *   route handler;
 * - `peerProxy`, `peerMe`: the same two routes of the peer's build;
 * - `noopPlain`, `noopProxy`: `/api/plain` and `/api/proxy` of the noop build (Next's own cost
 *   of running a proxy, measured within one process as `plain` and `proxy` are: a `next start`
 *   keeps getting faster under load, so a process that serves fewer targets would be colder).
 */
export async function nextThroughput(
  targets: readonly NextTarget[],
  options: NextHttpOptions,
): Promise<NextHttpStats> {
  const variants = [...new Set(targets.map((t) => ROUTES[t][0]))];
  for (const variant of variants) build(variant);
  const env = (variant: string) => ({
    ...options.env,
    NEXT_PUBLIC_WORKOS_REDIRECT_URI: REDIRECT,
    BENCH_AUTHKIT: variant,
    BENCH_FIXED_AUTH: JSON.stringify(options.fixedAuth),
  });
  const args = [nextBin, 'start', '-H', '127.0.0.1', '-p', '{port}'];
  const servers = new Map<Variant, FixtureServer>();
  try {
    for (const variant of variants) {
      servers.set(variant, await startFixture('next', args, env(variant)));
    }
    const target = (name: NextTarget): HttpTarget => {
      const [variant, path] = ROUTES[name];
      const server = servers.get(variant) as FixtureServer;
      return {
        name,
        url: `${server.origin}${path}`,
        cookie: options.cookieHeader,
        cpu: server.cpu,
      };
    };
    const runs = await interleavedLoad(targets.map(target), options.plan);
    return {
      ...options.plan,
      peer: `${peerPackage}@${(JSON.parse(readFileSync(peerManifest, 'utf8')) as { version: string }).version}`,
      runs,
    };
  } finally {
    await Promise.all([...servers.values()].map((s) => s.stop()));
  }
}
