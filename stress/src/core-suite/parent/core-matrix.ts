/**
 * The core's own test files and the portable suites on every runtime: bundles each file once per
 * bundle kind, then runs every file a runtime can run, against emulators and JWKS servers started
 * in this process.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { FileReport } from '../in-runtime/harness.js';
import { type BundleKind, bundleCoreTests, type CoreBundles, OUT_ROOT } from './bundle.js';
import { startControlServer } from './control-server.js';
import {
  type BundledFile,
  type CoreRunOutcome,
  runInEdge,
  runInProcess,
  runInWorkerd,
} from './core-runners.js';
import { type CoreTestFile, cannotRunBecause, matrixTestFiles } from './plan.js';

/** How a runtime runs the core's files: its bundle kind and its runner. */
export interface CoreRuntime {
  name: string;
  kind: BundleKind;
  /** The executable for process runtimes (or why it is missing). */
  binary?: () => { path: string } | { unavailable: string };
  args?: (runner: string) => string[];
}

/** One runtime's figures for the core's test files. */
export interface CoreRuntimeResult {
  runtime: string;
  passed: number;
  failed: number;
  filesRun: number;
  lines: string[];
}

/** Bundles every file for each kind the runtimes need (once), plus the process runner. */
export async function prepareCoreBundles(kinds: BundleKind[]) {
  const files = matrixTestFiles();
  const runner = join(OUT_ROOT, 'process-runner.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '..', 'in-runtime', 'process-runner.ts')],
    outfile: runner,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  const bundles = new Map<BundleKind, CoreBundles>();
  for (const kind of new Set(kinds)) {
    const runnable = files.filter((f) => !cannotRunBecause(f, kind === 'node' ? 'node20' : kind));
    bundles.set(kind, await bundleCoreTests(kind, runnable));
  }
  return { files, runner, bundles };
}

function summarise(
  runtime: string,
  files: CoreTestFile[],
  outcome: CoreRunOutcome,
  skipped: string[],
) {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  const byName = new Map(outcome.reports.map((r) => [r.file, r] as [string, FileReport]));
  for (const file of files) {
    const report = byName.get(file.name);
    if (!report) {
      failed++;
      lines.push(`  ✗ ${file.name}: did not report (${outcome.crashed ?? 'no answer'})`);
      continue;
    }
    const bad = report.results.filter((r) => !r.ok);
    passed += report.results.length - bad.length;
    failed += bad.length;
    const ms = report.results.reduce((sum, r) => sum + r.ms, 0);
    lines.push(
      `  ${bad.length ? '✗' : '✓'} ${file.name} ${report.results.length - bad.length}/${report.results.length} (${(ms / 1000).toFixed(1)}s)`,
    );
    for (const r of bad) lines.push(`      ✗ ${r.name}\n          ${r.error}`);
  }
  lines.push(...skipped);
  return { runtime, passed, failed, filesRun: files.length, lines };
}

/** Runs the core's test files on one runtime with its own control server. */
export async function runCoreOn(
  target: CoreRuntime,
  prepared: Awaited<ReturnType<typeof prepareCoreBundles>>,
  timeoutMs: number,
): Promise<CoreRuntimeResult> {
  const skipped: string[] = [];
  const runnable: CoreTestFile[] = [];
  for (const file of prepared.files) {
    const why = cannotRunBecause(file, target.name);
    if (why) skipped.push(`  – ${file.name} cannot run here because ${why}`);
    else runnable.push(file);
  }
  const bundle = prepared.bundles.get(target.kind) ?? { paths: new Map(), errors: new Map() };
  const unbundled: FileReport[] = runnable
    .filter((f) => !bundle.paths.has(f.name))
    .map((f) => ({
      file: f.name,
      results: [
        {
          name: '(file) bundles',
          ok: false,
          error: bundle.errors.get(f.name) ?? 'no bundle',
          ms: 0,
        },
      ],
    }));
  const bundled: BundledFile[] = runnable.flatMap((f) => {
    const path = bundle.paths.get(f.name);
    return path ? [{ name: f.name, path, usesProcessEnv: f.usesProcessEnv }] : [];
  });
  if (bundled.length === 0)
    return summarise(target.name, runnable, { reports: unbundled }, skipped);
  const control = await startControlServer();
  try {
    let outcome: CoreRunOutcome;
    if (target.kind === 'workerd')
      outcome = await runInWorkerd(bundled, control.url, control.cleanup);
    else if (target.kind === 'edge')
      outcome = await runInEdge(bundled, control.url, control.cleanup);
    else {
      const found = target.binary?.() ?? { unavailable: 'no binary' };
      outcome =
        'unavailable' in found
          ? { reports: [], crashed: found.unavailable }
          : await runInProcess(
              target.name,
              found.path,
              target.args ?? ((r) => [r]),
              prepared.runner,
              bundled,
              control.url,
              timeoutMs,
            );
    }
    outcome.reports.push(...unbundled);
    return summarise(target.name, runnable, outcome, skipped);
  } catch (error) {
    return summarise(
      target.name,
      runnable,
      { reports: unbundled, crashed: String(error) },
      skipped,
    );
  } finally {
    await control.stop();
  }
}
