/**
 * The runtime matrix, on Node 20.19, Bun, Deno, workerd and the edge runtime: the core's own
 * Vitest files (`packages/core/src/**\/*.test.ts`) and the portable suites (`src/portable/`: the
 * core's behaviour and the Hono adapter end to end, on the built packages), each bundled with
 * esbuild against a portable Vitest shim, with emulators and JWKS servers run in this process.
 * Prints `<runtime>: N passed, N failed` per runtime, names every file a runtime cannot run and
 * why, and exits non-zero on any failure or any runtime that could not run.
 */
import {
  type CoreRuntime,
  type CoreRuntimeResult,
  prepareCoreBundles,
  runCoreOn,
} from './core-suite/parent/core-matrix.js';
import { bunBinary, denoBinary, node20Binary } from './runtimes/binaries.js';

// The binaries are looked up once, here, before any lane runs: a synchronous `require.resolve`
// while a lane's dynamic imports are in flight can block this process on Node 20 under tsx's
// module hooks (seen once: the matrix hung after the Node 20 lane, before Bun started).
const binaries = { node20: node20Binary(), bun: bunBinary(), deno: denoBinary() };

const RUNTIMES: CoreRuntime[] = [
  { name: 'node20', kind: 'node', binary: () => binaries.node20 },
  { name: 'bun', kind: 'bun', binary: () => binaries.bun, args: (r) => ['run', r] },
  {
    name: 'deno',
    kind: 'deno',
    binary: () => binaries.deno,
    args: (r) => ['run', '--allow-all', '--quiet', r],
  },
  { name: 'workerd', kind: 'workerd' },
  { name: 'edge-runtime', kind: 'edge' },
];

/** Per runtime process: the core's files and the portable suites share it (generous for loaded CI machines). */
const RUNTIME_TIMEOUT_MS = 300_000;
const only = process.argv.slice(2);
const targets = only.length ? RUNTIMES.filter((t) => only.includes(t.name)) : RUNTIMES;
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

const bundlingStarted = Date.now();
const bundles = await prepareCoreBundles(targets.map((t) => t.kind));
console.log(
  `bundled ${bundles.files.length} test files for ${bundles.bundles.size} bundle kinds in ${seconds(bundlingStarted)}`,
);

/**
 * The files run in two lanes at once (process runtimes; workerd and the edge VM): most of their
 * time is spent waiting on timers and the emulator, not on the CPU.
 */
async function runLanes() {
  const results = new Map<string, { result: CoreRuntimeResult; ms: number }>();
  const lane = async (names: string[]) => {
    for (const target of targets.filter((t) => names.includes(t.name))) {
      const started = Date.now();
      const result = await runCoreOn(target, bundles, RUNTIME_TIMEOUT_MS);
      results.set(target.name, { result, ms: Date.now() - started });
    }
  };
  await Promise.all([lane(['node20', 'bun', 'deno']), lane(['workerd', 'edge-runtime'])]);
  return results;
}

const started = Date.now();
const results = await runLanes();
console.log(`test files ran on ${results.size} runtimes in ${seconds(started)}`);

let totalPassed = 0;
let totalFailed = 0;
const summary: string[] = [];
for (const target of targets) {
  const ran = results.get(target.name);
  if (!ran) continue;
  const { result, ms } = ran;
  console.log(`\n▶ ${target.name}`);
  for (const line of result.lines) console.log(line);
  const files = `${result.filesRun} of ${bundles.files.length} test files`;
  const line = `${target.name}: ${result.passed} passed, ${result.failed} failed (${files}, ${(ms / 1000).toFixed(1)}s)`;
  console.log(line);
  const cannotRun = result.lines.filter((l) => l.includes('cannot run here'));
  summary.push(line, ...cannotRun.map((l) => `  ${l.trim()}`));
  totalPassed += result.passed;
  totalFailed += result.failed;
}

console.log('\nRuntime matrix');
for (const line of summary) console.log(`  ${line}`);
console.log(`matrix: ${totalPassed} passed, ${totalFailed} failed`);
process.exitCode = totalFailed === 0 && targets.length > 0 ? 0 : 1;
