import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** Size of one bundle. */
export interface BundleSize {
  entry: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/** The bundle sizes of our core and the original, for a full and a typical import. */
export interface BundleSizes {
  full: { ours: BundleSize; original: BundleSize };
  typical: { ours: BundleSize; original: BundleSize };
  /** Full import with `@workos-inc/node` left external: the library's own code and other deps. */
  withoutSdk: { ours: BundleSize; original: BundleSize };
  /** Each adapter's server (root) and client (`/client`) entry, framework, React and SDK external. */
  adapters: AdapterBundle[];
  settings: string;
}

/** One adapter's bundles (our code + the core + their other dependencies). */
export interface AdapterBundle {
  name: string;
  server: BundleSize;
  client: BundleSize | null;
}

/** Peers an app already has: left out of the adapter bundles (their subpaths too). */
const PEERS = [
  '@workos-inc/node',
  'next',
  'next/*',
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'hono',
  'hono/*',
  '@tanstack/*',
];
const ADAPTERS: { name: string; client: boolean }[] = [
  { name: '@workos/authkit-hono', client: false },
  { name: '@workos/authkit-next', client: true },
  { name: '@workos/authkit-tanstack-start', client: true },
];

const CONDITIONS = ['workerd', 'worker', 'browser'];

/**
 * A client entry imports the adapter's server actions (Next `'use server'`) and server functions
 * (TanStack `createServerFn`): the framework's client build replaces them with RPC stubs, which
 * esbuild cannot do, so every relative module of the adapter that declares them is left out of
 * client bundles (found by its content, not by a list of names).
 */
const serverOnly: Plugin = {
  name: 'server-only-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      if (!path.includes(`${sep}adapter-`) || !existsSync(path)) return undefined;
      const code = readFileSync(path, 'utf8');
      const declares = /createServerFn\(|^['"]use server['"]/m.test(code);
      return declares ? { path: args.path, external: true } : undefined;
    });
  },
};

async function bundle(
  contents: string,
  external: string[] = [],
  plugins: Plugin[] = [],
): Promise<BundleSize> {
  const result = await build({
    plugins,
    stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: CONDITIONS,
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    entry: contents,
    minifiedBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
  };
}

/**
 * Bundles each library for the browser/edge with esbuild (minified, ESM, worker conditions,
 * every dependency inlined, the WorkOS SDK included) and gzips the result.
 */
export async function measureBundles(): Promise<BundleSizes> {
  const typical = 'configure, createAuthService, CookieSessionStorage';
  return {
    full: {
      ours: await bundle(`export * from '@workos/authkit-session';`),
      original: await bundle(`export * from 'authkit-session-original';`),
    },
    typical: {
      ours: await bundle(`export { ${typical} } from '@workos/authkit-session';`),
      original: await bundle(`export { ${typical} } from 'authkit-session-original';`),
    },
    withoutSdk: {
      ours: await bundle(`export * from '@workos/authkit-session';`, ['@workos-inc/node']),
      original: await bundle(`export * from 'authkit-session-original';`, ['@workos-inc/node']),
    },
    adapters: await Promise.all(
      ADAPTERS.map(async ({ name, client }) => ({
        name,
        server: await bundle(`export * from '${name}';`, PEERS),
        client: client
          ? await bundle(`export * from '${name}/client';`, PEERS, [serverOnly])
          : null,
      })),
    ),
    settings: `esbuild: bundle, minify, format esm, platform browser, target es2022, conditions ${CONDITIONS.join('/')}; gzip level 9; adapters with ${PEERS.join(', ')} external; client entries without the server actions/functions they call (RPC stubs in a framework build)`,
  };
}
