import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { EdgeVM } from '@edge-runtime/vm';
import { Miniflare } from 'miniflare';
import type { PortableRunReport } from '../portable/mini-test.js';
import type { PortableRequest } from '../portable/run-suites.js';
import { REPORT_MARKER } from '../portable/run-suites.js';
import { type BinaryLookup, bunBinary, denoBinary, node20Binary } from './binaries.js';
import { bundleFor } from './bundle.js';

/** A runtime's answer: its report, or the reason it could not run the suites at all. */
export type RuntimeOutcome = { report: PortableRunReport } | { unavailable: string };

/** One runtime the matrix knows how to drive. */
export interface RuntimeTarget {
  name: string;
  run(request: PortableRequest, timeoutMs: number): Promise<RuntimeOutcome>;
}

function processTarget(
  name: string,
  kind: 'node' | 'bun' | 'deno',
  binary: () => BinaryLookup,
  args: (file: string) => string[],
): RuntimeTarget {
  return {
    name,
    async run(request, timeoutMs) {
      const found = binary();
      if ('unavailable' in found) return found;
      const file = await bundleFor(kind);
      return new Promise((resolve) => {
        const child = spawn(found.path, args(file), {
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '/tmp',
            DENO_NO_UPDATE_CHECK: '1',
            STRESS_REQUEST: JSON.stringify({ ...request, runtime: name }),
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
          const line = out.split('\n').find((l) => l.startsWith(REPORT_MARKER));
          if (line) {
            resolve({ report: JSON.parse(line.slice(REPORT_MARKER.length)) as PortableRunReport });
            return;
          }
          const why = signal === 'SIGKILL' ? `timed out after ${timeoutMs} ms` : `exit ${code}`;
          resolve({
            unavailable: `${name} crashed before reporting (${why}): ${err.trim().slice(-800)}`,
          });
        });
      });
    },
  };
}

const workerdTarget: RuntimeTarget = {
  name: 'workerd',
  async run(request, timeoutMs) {
    const file = await bundleFor('workerd');
    const mf = new Miniflare({
      modules: true,
      scriptPath: file,
      compatibilityDate: '2025-09-01',
    });
    try {
      const response = await mf.dispatchFetch('http://stress.local/run', {
        method: 'POST',
        body: JSON.stringify({ ...request, runtime: 'workerd' }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status !== 200) {
        return {
          unavailable: `workerd answered ${response.status}: ${(await response.text()).slice(0, 800)}`,
        };
      }
      return { report: (await response.json()) as PortableRunReport };
    } finally {
      await mf.dispose();
    }
  },
};

const edgeTarget: RuntimeTarget = {
  name: 'edge-runtime',
  async run(request, timeoutMs) {
    const file = await bundleFor('edge');
    const vm = new EdgeVM();
    vm.evaluate(readFileSync(file, 'utf8'));
    const run = vm.context.__stressRunSuites as (r: PortableRequest) => Promise<PortableRunReport>;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<RuntimeOutcome>((resolve) => {
      timer = setTimeout(
        () => resolve({ unavailable: `timed out after ${timeoutMs} ms` }),
        timeoutMs,
      );
    });
    const outcome = await Promise.race([
      run({ ...request, runtime: 'edge-runtime' }).then((report) => ({ report })),
      timeout,
    ]);
    clearTimeout(timer);
    return outcome;
  },
};

/** Every runtime of the matrix, in the order they run. */
export const runtimeTargets: RuntimeTarget[] = [
  processTarget('node20', 'node', node20Binary, (file) => [file]),
  processTarget('bun', 'bun', bunBinary, (file) => ['run', file]),
  processTarget('deno', 'deno', denoBinary, (file) => ['run', '--allow-all', '--quiet', file]),
  workerdTarget,
  edgeTarget,
];
