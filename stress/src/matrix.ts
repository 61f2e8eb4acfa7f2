/**
 * The runtime matrix: bundles the core's portable behaviour suite (and the Hono adapter's
 * end-to-end suite) with esbuild and runs it on Node 22, Bun, Deno, workerd and the edge runtime,
 * against one emulator in this process. Prints `<runtime>: N passed, N failed` per runtime and
 * exits non-zero on any failure or any runtime that could not run.
 */
import { startEmulator } from '@workos/authkit-emulator';
import { CORE_SUITES, HONO_SUITES } from './portable/all-suites.js';
import type { PortableRunReport } from './portable/mini-test.js';
import { type RuntimeOutcome, type RuntimeTarget, runtimeTargets } from './runtimes/runners.js';

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

try {
  for (const target of targets) {
    const started = Date.now();
    console.log(`\n▶ ${target.name}`);
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
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if ('unavailable' in outcome) {
      totalFailed += 1;
      const line = `${target.name}: 0 passed, 1 failed (could not run: ${outcome.unavailable})`;
      console.log(line);
      summary.push(line);
      continue;
    }
    print(outcome.report);
    totalPassed += outcome.report.passed;
    totalFailed += outcome.report.failed;
    const line = `${target.name}: ${outcome.report.passed} passed, ${outcome.report.failed} failed (${seconds}s)`;
    console.log(line);
    summary.push(line);
  }
} finally {
  await emulator.stop();
}

console.log('\nRuntime matrix');
for (const line of summary) console.log(`  ${line}`);
console.log(`matrix: ${totalPassed} passed, ${totalFailed} failed`);
process.exitCode = totalFailed === 0 && targets.length > 0 ? 0 : 1;
