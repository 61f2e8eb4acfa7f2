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
export const NEXT_TARGETS = ['plain', 'proxy', 'me', 'peerProxy', 'peerMe', 'noopProxy'] as const;
export type NextTarget = (typeof NEXT_TARGETS)[number];

/** The Next scenario's figures: every target's runs, in the same rounds. */
export interface NextHttpStats extends LoadPlan {
  /** The peer package and version on the same fixture. */
  peer: string;
  runs: Record<NextTarget, HttpRun[]>;
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

function build(variant: 'ours' | 'peer' | 'noop'): void {
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

/**
 * Scenario 4n: bench/fixtures/next built twice, the builds differing only in the AuthKit import
 * (ours or the peer's), each served by `next start`. Our build's `/api/proxy` (the proxy on its
 * default runtime, then a handler that answers without reading the session) and `/api/me` (the
 * proxy, then `withAuth()` in the route handler) against the same build's `/api/plain` (outside
 * the proxy's matcher, the same JSON); the peer's `/api/proxy` and `/api/me` against ours; and
 * a third build's `/api/proxy` behind a proxy that only passes the request on (Next's own cost
 * of running a proxy). All six in interleaved autocannon rounds; CPU is each `next start`
 * process tree's.
 */
export async function nextThroughput(options: NextHttpOptions): Promise<NextHttpStats> {
  build('ours');
  build('peer');
  build('noop');
  const env = (variant: string) => ({
    ...options.env,
    NEXT_PUBLIC_WORKOS_REDIRECT_URI: REDIRECT,
    BENCH_AUTHKIT: variant,
    BENCH_FIXED_AUTH: JSON.stringify(options.fixedAuth),
  });
  const args = [nextBin, 'start', '-H', '127.0.0.1', '-p', '{port}'];
  const servers: FixtureServer[] = [];
  try {
    const ours = await startFixture('next', args, env('ours'));
    servers.push(ours);
    const peer = await startFixture('next', args, env('peer'));
    servers.push(peer);
    const noop = await startFixture('next', args, env('noop'));
    servers.push(noop);
    const target = (name: NextTarget, server: FixtureServer, path: string): HttpTarget => ({
      name,
      url: `${server.origin}${path}`,
      cookie: options.cookieHeader,
      cpu: server.cpu,
    });
    const runs = await interleavedLoad(
      [
        target('plain', ours, '/api/plain'),
        target('proxy', ours, '/api/proxy'),
        target('me', ours, '/api/me'),
        target('peerProxy', peer, '/api/proxy'),
        target('peerMe', peer, '/api/me'),
        target('noopProxy', noop, '/api/proxy'),
      ],
      options.plan,
    );
    return {
      ...options.plan,
      peer: `${peerPackage}@${(JSON.parse(readFileSync(peerManifest, 'utf8')) as { version: string }).version}`,
      runs: runs as Record<NextTarget, HttpRun[]>,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
