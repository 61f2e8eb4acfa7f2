/**
 * The runtime matrix, on Node 20.19, Bun, Deno, workerd and the edge runtime:
 * 1. the core's own Vitest files (`packages/core/src/**\/*.test.ts`), each bundled with esbuild
 *    against a portable Vitest shim, with emulators and JWKS servers run in this process;
 * 2. the portable behaviour suite and the Hono adapter's end-to-end suite (built packages).
 * Prints `<runtime>: N passed, N failed` per runtime, names every core file a runtime cannot run
 * and why, and exits non-zero on any failure or any runtime that could not run.
 */
import { startEmulator } from '@workos/authkit-emulator';
import {
  type CoreRuntime,
  type CoreRuntimeResult,
  prepareCoreBundles,
  runCoreOn,
} from './core-suite/parent/core-matrix.js';
import { CORE_SUITES, HONO_SUITES } from './portable/all-suites.js';
import type { PortableRunReport } from './portable/mini-test.js';
import { bunBinary, denoBinary, node20Binary } from './runtimes/binaries.js';
import { type RuntimeOutcome, type RuntimeTarget, runtimeTargets } from './runtimes/runners.js';

const CORE_RUNTIMES: Record<string, CoreRuntime> = {
  node20: { name: 'node20', kind: 'node', binary: node20Binary },
  bun: { name: 'bun', kind: 'bun', binary: bunBinary, args: (r) => ['run', r] },
  deno: {
    name: 'deno',
    kind: 'deno',
    binary: denoBinary,
    args: (r) => ['run', '--allow-all', '--quiet', r],
  },
  workerd: { name: 'workerd', kind: 'workerd' },
  'edge-runtime': { name: 'edge-runtime', kind: 'edge' },
};

const RUNTIME_TIMEOUT_MS = 180_000;
const only = process.argv.slice(2);
const targets = only.length ? runtimeTargets.filter((t) => only.includes(t.name)) : runtimeTargets;

/** A runner that throws (bundling failed, the runtime could not start) counts as unavailable. */
async function runSafely(
  target: RuntimeTarget,
  request: Parameters<RuntimeTarget['run']>[0],
  timeoutMs: number,
): Promise<RuntimeOutcome> {
  try {
    return await target.run(request, timeoutMs);
  } catch (error) {
    return { unavailable: `${target.name} failed to start: ${(error as Error).message}` };
  }
}

const bundlingStarted = Date.now();
const coreBundles = await prepareCoreBundles(
  targets.flatMap((t) => CORE_RUNTIMES[t.name]?.kind ?? []),
);
console.log(
  `bundled ${coreBundles.files.length} core test files for ${coreBundles.bundles.size} bundle kinds in ${((Date.now() - bundlingStarted) / 1000).toFixed(1)}s`,
);
const emulator = await startEmulator({ port: 0 });
let totalPassed = 0;
let totalFailed = 0;
const summary: string[] = [];

function print(report: PortableRunReport) {
  for (const result of report.results) {
    const mark = result.ok ? '✓' : '✗';
    console.log(`  ${mark} ${result.name}${result.ok ? '' : `\n      ${result.error}`}`);
  }
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/**
 * The core's files run in two lanes at once (process runtimes; workerd and the edge VM): most of
 * their time is spent waiting on timers and the emulator, not on the CPU.
 */
async function runCoreLanes() {
  const results = new Map<string, { result: CoreRuntimeResult; ms: number }>();
  const lane = async (names: string[]) => {
    for (const target of targets.filter((t) => names.includes(t.name))) {
      const core = CORE_RUNTIMES[target.name];
      if (!core) continue;
      const started = Date.now();
      const result = await runCoreOn(core, coreBundles, RUNTIME_TIMEOUT_MS);
      results.set(target.name, { result, ms: Date.now() - started });
    }
  };
  await Promise.all([lane(['node20', 'bun', 'deno']), lane(['workerd', 'edge-runtime'])]);
  return results;
}

const coreStarted = Date.now();
const coreResults = await runCoreLanes();
console.log(`core test files ran on ${coreResults.size} runtimes in ${seconds(coreStarted)}`);

try {
  for (const target of targets) {
    const started = Date.now();
    console.log(`\n▶ ${target.name}`);
    let passed = 0;
    let failed = 0;
    const parts: string[] = [];
    const cannotRun: string[] = [];
    const ran = coreResults.get(target.name);
    if (ran) {
      const core = ran.result;
      for (const line of core.lines) console.log(line);
      cannotRun.push(...core.lines.filter((l) => l.includes('cannot run here')));
      passed += core.passed;
      failed += core.failed;
      const files = `${core.filesRun} of ${coreBundles.files.length} core test files`;
      parts.push(`${files}: ${core.passed} passed, ${core.failed} failed`);
      console.log(
        `${target.name} ${files}: ${core.passed} passed, ${core.failed} failed (${seconds(started)})`,
      );
    }
    const portableStarted = Date.now();
    await emulator.reset();
    const outcome = await runSafely(
      target,
      {
        emulatorUrl: emulator.url,
        clientId: emulator.clientId,
        apiKey: emulator.apiKey,
        runtime: target.name,
        suites: [...CORE_SUITES, ...HONO_SUITES],
      },
      RUNTIME_TIMEOUT_MS,
    );
    if ('unavailable' in outcome) {
      failed += 1;
      parts.push(`portable + Hono suites could not run: ${outcome.unavailable}`);
      console.log(`${target.name} portable + Hono suites: could not run (${outcome.unavailable})`);
    } else {
      print(outcome.report);
      passed += outcome.report.passed;
      failed += outcome.report.failed;
      const figures = `${outcome.report.passed} passed, ${outcome.report.failed} failed`;
      parts.push(`portable + Hono suites: ${figures}`);
      console.log(
        `${target.name} portable + Hono suites: ${figures} (${seconds(portableStarted)})`,
      );
    }
    const line = `${target.name}: ${passed} passed, ${failed} failed (${parts.join('; ')})`;
    console.log(line);
    summary.push(line, ...cannotRun.map((l) => `  ${l.trim()}`));
    totalPassed += passed;
    totalFailed += failed;
  }
} finally {
  await emulator.stop();
}

console.log('\nRuntime matrix');
for (const line of summary) console.log(`  ${line}`);
console.log(`matrix: ${totalPassed} passed, ${totalFailed} failed`);
process.exitCode = totalFailed === 0 && targets.length > 0 ? 0 : 1;
