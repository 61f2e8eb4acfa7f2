import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

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
  settings: string;
}

const CONDITIONS = ['workerd', 'worker', 'browser'];

async function bundle(contents: string, external: string[] = []): Promise<BundleSize> {
  const result = await build({
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
    settings: `esbuild: bundle, minify, format esm, platform browser, target es2022, conditions ${CONDITIONS.join('/')}; gzip level 9`,
  };
}
