/** Bundles each core test file once per bundle kind with esbuild (vitest and helpers swapped). */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { CoreTestFile } from './plan.js';

const here = dirname(fileURLToPath(import.meta.url));
const inRuntime = join(here, '..', 'in-runtime');
const shim = join(here, '..', 'shim', 'vitest.ts');
const emulatorProxy = join(inRuntime, 'emulator-proxy.ts');
/** `useTestEmulator()` from source, its `startEmulator` swapped for the proxy's. */
const emulatorFixture = join(here, '../../../../packages/emulator/src/testing/fixture.ts');
const emulatorTesting = join(inRuntime, 'emulator-testing.ts');
/** The bundle shapes the matrix needs: one per way a runtime loads code. */
export type BundleKind = 'node' | 'bun' | 'deno' | 'workerd' | 'edge';

/** esbuild export conditions per bundle kind. */
const conditionsFor: Record<BundleKind, string[]> = {
  node: ['node'],
  bun: ['bun', 'node'],
  deno: ['deno', 'node'],
  workerd: ['workerd', 'worker', 'browser'],
  edge: ['edge-light', 'worker', 'browser'],
};

/** Where the bundles go. */
export const OUT_ROOT = join(here, '..', '..', '..', '.matrix', 'core');

/** The bundle file name of a test file (`service/refresh.test.ts` → `service__refresh.test`). */
export const bundleName = (file: CoreTestFile) =>
  file.name.replace(/\.ts$/, '').replaceAll('/', '__');

const swaps: Plugin = {
  name: 'core-test-swaps',
  setup(b) {
    b.onResolve({ filter: /^vitest$/ }, () => ({ path: shim }));
    b.onResolve({ filter: /^@workos\/authkit-emulator$/ }, () => ({ path: emulatorProxy }));
    b.onResolve({ filter: /^@workos\/authkit-emulator\/testing$/ }, () => ({
      path: emulatorTesting,
    }));
    b.onResolve({ filter: /^\.\.\/emulator\.js$/ }, (args) =>
      args.importer === emulatorFixture ? { path: emulatorProxy } : undefined,
    );
    // @sinonjs/fake-timers also fakes Node's timers modules when it can `require` them; bundled
    // as ESM it cannot, so it gets empty ones and fakes the globals only (what the tests use).
    b.onResolve({ filter: /^(util|timers|timers\/promises|perf_hooks)$/ }, (args) =>
      args.importer.includes('@sinonjs') ? { path: args.path, namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};' }));
    b.onResolve({ filter: /test-support\/jwks-server\.js$/ }, () => ({
      path: join(inRuntime, 'jwks-proxy.ts'),
    }));
    b.onLoad({ filter: /packages\/core\/src\/.*\.test\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const code = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: code.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

function writeEntry(file: CoreTestFile): string {
  const path = join(OUT_ROOT, 'entries', `${bundleName(file)}.ts`);
  writeFileSync(
    path,
    [
      `import { runFile } from ${JSON.stringify(join(inRuntime, 'harness.ts'))};`,
      `const run = (request) => runFile(request, () => import(${JSON.stringify(file.path)}));`,
      'globalThis.__coreTestFile = { run };',
      'export { run };',
    ].join('\n'),
  );
  return path;
}

/**
 * The edge runtime evaluates scripts, not modules: the bundle (which imports nothing) becomes the
 * body of an async function, so top-level `await` keeps working.
 */
function asScript(modulePath: string): string {
  const code = readFileSync(modulePath, 'utf8').replace(/^export\s*\{[^}]*\};?$/m, '');
  const path = modulePath.replace(/\.mjs$/, '.js');
  writeFileSync(path, `globalThis.__coreTestFileLoaded = (async () => {\n${code}\n})();\n`);
  return path;
}

/** Bundle paths by file name, and the bundling error of each file that would not bundle. */
export interface CoreBundles {
  paths: Map<string, string>;
  errors: Map<string, string>;
}

async function bundle(kind: BundleKind, files: CoreTestFile[], outdir: string): Promise<void> {
  await build({
    entryPoints: files.map(writeEntry),
    outdir,
    bundle: true,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    platform: kind === 'node' ? 'node' : 'neutral',
    mainFields: ['module', 'main'],
    conditions: conditionsFor[kind],
    external: kind === 'workerd' || kind === 'edge' ? [] : ['node:*'],
    target: 'es2022',
    logLevel: 'silent',
    plugins: [swaps],
  });
}

/**
 * Bundles `files` for one kind in one esbuild run; when that fails, file by file, so one file
 * that does not bundle (say, a Vitest API the shim lacks) fails alone.
 */
export async function bundleCoreTests(
  kind: BundleKind,
  files: CoreTestFile[],
): Promise<CoreBundles> {
  const outdir = join(OUT_ROOT, kind);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(join(OUT_ROOT, 'entries'), { recursive: true });
  const errors = new Map<string, string>();
  try {
    await bundle(kind, files, outdir);
  } catch {
    for (const file of files) {
      await bundle(kind, [file], outdir).catch((error: Error) => {
        errors.set(file.name, `bundling failed: ${error.message.slice(0, 1000)}`);
      });
    }
  }
  const paths = new Map<string, string>();
  for (const file of files) {
    if (errors.has(file.name)) continue;
    const path = join(outdir, `${bundleName(file)}.mjs`);
    paths.set(file.name, kind === 'edge' ? asScript(path) : path);
  }
  return { paths, errors };
}
