import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COLD_ENTRIES,
  COLD_LIBRARIES,
  type ColdLibrary,
  roundOrder,
  runColdChild,
} from '../cold/child.js';
import type { BenchConfig } from '../subjects.js';

/** One fresh process: from its start to the first signed-in answer. */
export interface ColdRun {
  signedIn: boolean;
  /** Node's own start-up, before the script runs. */
  bootMs: number;
  importMs: number;
  configureMs: number;
  /** Config resolution, key-set fetch and the first verification. */
  firstRequestMs: number;
  /** Process start → first answer. */
  firstAnswerMs: number;
}

export interface ColdStartStats {
  rounds: number;
  /** `ours`: the main entry; `oursAdapter`: the same API from `@workos/authkit-session/adapter`. */
  runs: { ours: ColdRun[]; original: ColdRun[]; oursAdapter?: ColdRun[] };
  /** Per-round ratio original / ours of `firstAnswerMs` (> 1: ours is faster). */
  ratios: number[];
  /** The same for `oursAdapter` (runs since the `/adapter` contender was added). */
  adapterRatios?: number[];
  /** Whether a verify-only first request loaded `@workos-inc/node`, and how many of its modules. */
  sdkModules: { ours: number; original: number; oursAdapter?: number };
}

const HOST = fileURLToPath(new URL('../cold/host.mjs', import.meta.url));
const PROBE = fileURLToPath(new URL('../cold/sdk-probe.mjs', import.meta.url));

function runOnce(
  library: ColdLibrary,
  config: BenchConfig,
  cookieHeader: string,
  probeFile?: string,
): Promise<ColdRun> {
  return runColdChild<ColdRun>(
    `cold-start ${library}`,
    [...(probeFile ? ['--import', PROBE] : []), HOST],
    {
      COLD_JOB: JSON.stringify({ library, entry: COLD_ENTRIES[library], config, cookieHeader }),
      ...(probeFile ? { SDK_PROBE_FILE: probeFile } : {}),
    },
  );
}

function sdkModuleCount(library: ColdLibrary, config: BenchConfig, cookieHeader: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cold-sdk-'));
  const file = join(dir, 'loaded.txt');
  return runOnce(library, config, cookieHeader, file)
    .then(() => {
      try {
        return readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
      } catch {
        return 0;
      }
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Cold start, ours vs. the original 0.7.1: each round spawns one fresh Node process per contender
 * (ours through the main entry, ours through `/adapter`, the original; the order rotates), which
 * imports the library, configures it and answers one request with a valid session cookie (key-set
 * fetch from the emulator + first verification). The same cookie in every process: nothing is
 * cached across processes. One extra process per contender, with a module-load probe, tells
 * whether the WorkOS SDK was loaded; it is not timed.
 */
export async function coldStart(
  config: BenchConfig,
  cookieHeader: string,
  rounds: number,
): Promise<ColdStartStats> {
  const runs = { ours: [] as ColdRun[], oursAdapter: [] as ColdRun[], original: [] as ColdRun[] };
  const ratios: number[] = [];
  const adapterRatios: number[] = [];
  for (const library of COLD_LIBRARIES) await runOnce(library, config, cookieHeader);
  for (let r = 0; r < rounds; r++) {
    for (const library of roundOrder(r)) {
      runs[library].push(await runOnce(library, config, cookieHeader));
    }
    const original = (runs.original[r] as ColdRun).firstAnswerMs;
    ratios.push(original / (runs.ours[r] as ColdRun).firstAnswerMs);
    adapterRatios.push(original / (runs.oursAdapter[r] as ColdRun).firstAnswerMs);
  }
  const sdkModules = {
    ours: await sdkModuleCount('ours', config, cookieHeader),
    oursAdapter: await sdkModuleCount('oursAdapter', config, cookieHeader),
    original: await sdkModuleCount('original', config, cookieHeader),
  };
  return { rounds, runs, ratios, adapterRatios, sdkModules };
}
