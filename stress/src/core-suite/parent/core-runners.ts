/** Runs bundled core test files on each runtime of the matrix and collects their reports. */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EdgeVM } from '@edge-runtime/vm';
import { Miniflare } from 'miniflare';
import type { FileReport, FileRunRequest } from '../in-runtime/harness.js';
import { FILE_MARKER } from '../in-runtime/marker.js';

/** A bundled file to run: its name in the core and its bundle path. */
export interface BundledFile {
  name: string;
  path: string;
  usesProcessEnv: boolean;
}

/** Reports of the files that ran; `crashed` says why the rest never reported. */
export interface CoreRunOutcome {
  reports: FileReport[];
  crashed?: string;
}

/** Runs the files in one Node 20.19 / Bun / Deno process (each file is its own module graph). */
export function runInProcess(
  runtime: string,
  binary: string,
  args: (runner: string) => string[],
  runner: string,
  files: BundledFile[],
  controlUrl: string,
  timeoutMs: number,
): Promise<CoreRunOutcome> {
  return new Promise((resolve) => {
    const child = spawn(binary, args(runner), {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        DENO_NO_UPDATE_CHECK: '1',
        CORE_TEST_REQUEST: JSON.stringify({ controlUrl, runtime, files }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const reports = out
        .split('\n')
        .filter((line) => line.startsWith(FILE_MARKER))
        .map((line) => JSON.parse(line.slice(FILE_MARKER.length)) as FileReport);
      const why = signal === 'SIGKILL' ? `timed out after ${timeoutMs} ms` : `exit ${code}`;
      resolve(
        reports.length === files.length
          ? { reports }
          : { reports, crashed: `${runtime} stopped early (${why}): ${err.trim().slice(-600)}` },
      );
    });
  });
}

function workerSource(files: BundledFile[]): string {
  const table = files
    .map(
      (f) =>
        `  ${JSON.stringify(f.name)}: () => import(${JSON.stringify(`./${basename(f.path)}`)}),`,
    )
    .join('\n');
  return `const files = {\n${table}\n};
export default {
  async fetch(request) {
    const body = await request.json();
    const mod = await files[body.file]();
    return Response.json(await mod.run(body));
  },
};\n`;
}

/**
 * Runs the files in workerd through Miniflare, one request per file. Files that set
 * `process.env` run in a second worker with `nodejs_compat` (the flag that gives Workers a
 * `process`); all others run with no compatibility flags.
 */
export async function runInWorkerd(
  files: BundledFile[],
  controlUrl: string,
  cleanup: () => Promise<unknown>,
): Promise<CoreRunOutcome> {
  const groups = {
    plain: files.filter((f) => !f.usesProcessEnv),
    compat: files.filter((f) => f.usesProcessEnv),
  };
  const dir = dirname(files[0]?.path ?? '.');
  const workers = Object.entries(groups)
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => {
      const main = join(dir, `worker-${name}.mjs`);
      writeFileSync(main, workerSource(list));
      return {
        name,
        modulesRoot: dir,
        modules: [main, ...list.map((f) => f.path)].map((path) => ({
          type: 'ESModule' as const,
          path,
          contents: readFileSync(path, 'utf8'),
        })),
        compatibilityDate: '2025-09-01',
        compatibilityFlags: name === 'compat' ? ['nodejs_compat'] : [],
      };
    });
  const mf = new Miniflare({ workers: workers as never });
  const reports: FileReport[] = [];
  try {
    for (const [name, list] of Object.entries(groups)) {
      if (list.length === 0) continue;
      const worker = (await mf.getWorker(name)) as unknown as { fetch: typeof fetch };
      for (const file of list) {
        const request: FileRunRequest = { controlUrl, runtime: 'workerd', file: file.name };
        const response = await worker.fetch('http://core.test/', {
          method: 'POST',
          body: JSON.stringify(request),
        });
        reports.push(
          response.ok
            ? ((await response.json()) as FileReport)
            : {
                file: file.name,
                results: [
                  {
                    name: '(file) runs',
                    ok: false,
                    error: (await response.text()).slice(0, 800),
                    ms: 0,
                  },
                ],
              },
        );
        await cleanup();
      }
    }
  } finally {
    await mf.dispose();
  }
  return { reports };
}

/**
 * Runs each file in a fresh `EdgeVM` (the Next edge sandbox), with the `process.env` object Next
 * gives edge code. Rejections nobody handled inside the VM surface in this process and fail the file.
 */
export async function runInEdge(
  files: BundledFile[],
  controlUrl: string,
  cleanup: () => Promise<unknown>,
): Promise<CoreRunOutcome> {
  const reports: FileReport[] = [];
  const stray: unknown[] = [];
  const onStray = (reason: unknown) => stray.push(reason);
  process.on('unhandledRejection', onStray);
  try {
    for (const file of files) {
      stray.length = 0;
      const vm = new EdgeVM({
        extend: (context) => Object.assign(context, { process: { env: {} } }),
      });
      let report: FileReport;
      try {
        vm.evaluate(readFileSync(file.path, 'utf8'));
        const context = vm.context as Record<string, any>;
        await context.__coreTestFileLoaded;
        report = await context.__coreTestFile.run({
          controlUrl,
          runtime: 'edge-runtime',
          file: file.name,
        });
      } catch (error) {
        report = {
          file: file.name,
          results: [{ name: '(file) runs', ok: false, error: String(error), ms: 0 }],
        };
      }
      for (const reason of stray) {
        report.results.push({
          name: '(file) unhandled rejection',
          ok: false,
          error: String(reason),
          ms: 0,
        });
      }
      reports.push(report);
      await cleanup();
    }
  } finally {
    process.off('unhandledRejection', onStray);
  }
  return { reports };
}
