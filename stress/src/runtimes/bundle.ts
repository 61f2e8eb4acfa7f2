import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const stressRoot = join(here, '..', '..');

/** The bundle shapes the matrix needs: one per way a runtime loads code. */
export type BundleKind = 'node' | 'bun' | 'deno' | 'workerd' | 'edge';

const entryFor: Record<BundleKind, string> = {
  node: 'process',
  bun: 'process',
  deno: 'process',
  workerd: 'workerd',
  edge: 'edge',
};

/** esbuild export conditions per bundle kind. */
export const conditionsFor: Record<BundleKind, string[]> = {
  node: ['node'],
  bun: ['bun', 'node'],
  deno: ['deno', 'node'],
  workerd: ['workerd', 'worker', 'browser'],
  edge: ['edge-light', 'worker', 'browser'],
};

/** Bundles the portable suites for one runtime with esbuild and returns the output file path. */
export async function bundleFor(kind: BundleKind): Promise<string> {
  const outfile = join(stressRoot, '.matrix', `${kind}.${kind === 'edge' ? 'js' : 'mjs'}`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(stressRoot, 'src', 'portable', 'entries', `${entryFor[kind]}.ts`)],
    outfile,
    bundle: true,
    format: kind === 'edge' ? 'iife' : 'esm',
    platform: kind === 'node' ? 'node' : 'neutral',
    mainFields: ['module', 'main'],
    conditions: conditionsFor[kind],
    external: kind === 'workerd' || kind === 'edge' ? [] : ['node:*'],
    target: 'es2022',
    logLevel: 'error',
  });
  return outfile;
}
