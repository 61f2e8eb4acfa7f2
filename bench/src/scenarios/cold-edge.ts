import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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
  runs: { ours: EdgeColdRun[]; original: EdgeColdRun[] };
  /** Per-round original / ours of `firstAnswerMs` (> 1: ours is faster). */
  ratios: number[];
  bundleBytes: { ours: number; original: number };
}

type Library = 'ours' | 'original';

/** The app each isolate runs: the same code as the Node cold start (src/cold/host.mjs). */
function entry(library: Library): string {
  const spec = library === 'ours' ? '@workos/authkit-session' : 'authkit-session-original';
  return `
import * as lib from '${spec}';
const noEnv = () => undefined;
function cookieOf(request, name) {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
class Storage extends lib.CookieSessionStorage {
  async getCookie(request, name) { return cookieOf(request, name); }
}
globalThis.__coldRun = async (job) => {
  let service;
  if (${library === 'ours'}) {
    lib.configure({}, noEnv);
    service = lib.createAuthService({ sessionStorageFactory: (c) => new Storage(c), config: job.config });
  } else {
    lib.configure(job.config, noEnv);
    service = lib.createAuthService({ sessionStorageFactory: (c) => new Storage(c) });
  }
  const request = new Request('http://localhost/', { headers: { cookie: job.cookieHeader } });
  const { auth } = await service.withAuth(request);
  return auth.user !== null;
};`;
}

async function bundleFor(library: Library): Promise<string> {
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
  const child = spawn(process.execPath, [HOST], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { PATH: process.env.PATH ?? '', EDGE_BUNDLE: bundlePath, EDGE_JOB: JSON.stringify(job) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`edge cold start exited with ${code}`));
      const run = JSON.parse(out.trim()) as EdgeColdRun;
      if (!run.signedIn) return reject(new Error('edge cold start: not signed in'));
      resolve(run);
    });
  });
}

/**
 * Cold start in a fresh edge isolate per round and library (order alternating): each library is
 * bundled once with its dependencies and the WorkOS SDK (edge conditions); every round starts a
 * fresh Node process (cold V8 compilation cache) that creates one `@edge-runtime/vm` isolate,
 * evaluates the bundle and answers one request with a valid session cookie.
 */
export async function edgeColdStart(
  config: BenchConfig,
  cookieHeader: string,
  rounds: number,
): Promise<EdgeColdStats> {
  const code = { ours: await bundleFor('ours'), original: await bundleFor('original') };
  const dir = mkdtempSync(join(tmpdir(), 'cold-edge-'));
  const path = { ours: join(dir, 'ours.js'), original: join(dir, 'original.js') };
  writeFileSync(path.ours, code.ours);
  writeFileSync(path.original, code.original);
  const job = { config, cookieHeader };
  try {
    await runOnce(path.ours, job);
    await runOnce(path.original, job);
    const runs: EdgeColdStats['runs'] = { ours: [], original: [] };
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const order: Library[] = r % 2 === 0 ? ['ours', 'original'] : ['original', 'ours'];
      for (const library of order) runs[library].push(await runOnce(path[library], job));
      ratios.push(
        (runs.original[r] as EdgeColdRun).firstAnswerMs /
          (runs.ours[r] as EdgeColdRun).firstAnswerMs,
      );
    }
    return {
      rounds,
      runs,
      ratios,
      bundleBytes: { ours: code.ours.length, original: code.original.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
