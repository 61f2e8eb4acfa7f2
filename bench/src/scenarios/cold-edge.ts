import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  COLD_ENTRIES,
  COLD_LIBRARIES,
  type ColdLibrary,
  roundOrder,
  runColdChild,
} from '../cold/child.js';
import type { BenchConfig } from '../subjects.js';

/** One fresh edge isolate (`@edge-runtime/vm`, Next's edge sandbox) in a fresh process: to the first answer. */
export interface EdgeColdRun {
  signedIn: boolean;
  /** Creating the isolate (the platform's cost, the same for both libraries). */
  isolateMs: number;
  /** Evaluating the bundled app: the library's module code runs (its "import"). */
  evaluateMs: number;
  /** Configure + first request: key-set fetch and first verification. */
  firstRequestMs: number;
  /** Evaluate + first request: what the library adds to an isolate's first answer. */
  firstAnswerMs: number;
}

export interface EdgeColdStats {
  rounds: number;
  /** `oursAdapter`: ours imported from `/adapter` (runs since that contender was added). */
  runs: { ours: EdgeColdRun[]; original: EdgeColdRun[]; oursAdapter?: EdgeColdRun[] };
  /** Per-round original / ours of `firstAnswerMs` (> 1: ours is faster). */
  ratios: number[];
  /** The same for `oursAdapter`. */
  adapterRatios?: number[];
  bundleBytes: { ours: number; original: number; oursAdapter?: number };
}

const APP = fileURLToPath(new URL('../cold/app.mjs', import.meta.url));

/** The app each isolate runs: the same code as the Node cold start (src/cold/app.mjs). */
function entry(library: ColdLibrary): string {
  return `
import * as lib from ${JSON.stringify(COLD_ENTRIES[library])};
import { answer, serviceOf } from ${JSON.stringify(APP)};
globalThis.__coldRun = (job) => answer(serviceOf(lib, ${JSON.stringify(library)}, job.config), job.cookieHeader);`;
}

async function bundleFor(library: ColdLibrary): Promise<string> {
  const result = await build({
    stdin: {
      contents: entry(library),
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    conditions: ['edge-light', 'worker', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const HOST = fileURLToPath(new URL('../cold/edge-host.mjs', import.meta.url));

function runOnce(bundlePath: string, job: unknown): Promise<EdgeColdRun> {
  return runColdChild<EdgeColdRun>('edge cold start', [HOST], {
    EDGE_BUNDLE: bundlePath,
    EDGE_JOB: JSON.stringify(job),
  });
}

/**
 * Cold start in a fresh edge isolate per round and contender (order rotating): each is bundled
 * once with its dependencies and the WorkOS SDK (edge conditions); every round starts a fresh Node
 * process (cold V8 compilation cache) that creates one `@edge-runtime/vm` isolate, evaluates the
 * bundle and answers one request with a valid session cookie.
 */
export async function edgeColdStart(
  config: BenchConfig,
  cookieHeader: string,
  rounds: number,
): Promise<EdgeColdStats> {
  const dir = mkdtempSync(join(tmpdir(), 'cold-edge-'));
  const bytes = { ours: 0, oursAdapter: 0, original: 0 };
  const path = { ours: '', oursAdapter: '', original: '' };
  for (const library of COLD_LIBRARIES) {
    const code = await bundleFor(library);
    bytes[library] = code.length;
    path[library] = join(dir, `${library}.js`);
    writeFileSync(path[library], code);
  }
  const job = { config, cookieHeader };
  try {
    for (const library of COLD_LIBRARIES) await runOnce(path[library], job);
    const runs = {
      ours: [] as EdgeColdRun[],
      oursAdapter: [] as EdgeColdRun[],
      original: [] as EdgeColdRun[],
    };
    const ratios: number[] = [];
    const adapterRatios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const library of roundOrder(r)) runs[library].push(await runOnce(path[library], job));
      const original = (runs.original[r] as EdgeColdRun).firstAnswerMs;
      ratios.push(original / (runs.ours[r] as EdgeColdRun).firstAnswerMs);
      adapterRatios.push(original / (runs.oursAdapter[r] as EdgeColdRun).firstAnswerMs);
    }
    return { rounds, runs, ratios, adapterRatios, bundleBytes: bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
