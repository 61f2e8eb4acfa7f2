/** Which of the core's own test files run on which runtime, and why a file cannot run somewhere. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The core's `src` directory. */
export const CORE_SRC = fileURLToPath(new URL('../../../../packages/core/src/', import.meta.url));

/** One core test file and what it needs from a runtime. */
export interface CoreTestFile {
  /** Path relative to `packages/core/src`, e.g. `service/refresh.test.ts`. */
  name: string;
  path: string;
  /** `node:` modules the file itself imports (test-support helpers are proxied, not counted). */
  nodeModules: string[];
  /** Whether the test sets or reads `process.env`. */
  usesProcessEnv: boolean;
}

/** Runtimes whose bundles may keep `node:` imports (Node's built-ins exist there). */
export const NODE_BUILTIN_RUNTIMES = new Set(['node20', 'bun', 'deno']);

const WHY: Record<string, string> = {
  'node:fs': 'reads the core source tree from disk (node:fs)',
  'node:fs/promises': 'reads core source files from disk (node:fs/promises)',
  'node:path': 'joins source paths with node:path',
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every `*.test.ts` under the core's `src`, in a stable order. */
export function coreTestFiles(): CoreTestFile[] {
  return walk(CORE_SRC)
    .map((path) => {
      const code = readFileSync(path, 'utf8');
      const nodeModules = [...code.matchAll(/from\s+['"](node:[\w/]+)['"]/g)].map(
        (m) => m[1] ?? '',
      );
      return {
        name: relative(CORE_SRC, path),
        path,
        nodeModules: [...new Set(nodeModules)],
        usesProcessEnv: /\bprocess\.env\b/.test(code),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The portable suites (`src/portable/`), run as one more file next to the core's. */
export const PORTABLE_FILE: CoreTestFile = {
  name: 'stress/portable/matrix-file.ts',
  path: fileURLToPath(new URL('../../portable/matrix-file.ts', import.meta.url)),
  nodeModules: [],
  usesProcessEnv: false,
};

/** Every file the matrix runs: the core's test files, then the portable suites. */
export function matrixTestFiles(): CoreTestFile[] {
  return [...coreTestFiles(), PORTABLE_FILE];
}

/** Why `file` cannot run on `runtime`, or undefined when it can. */
export function cannotRunBecause(file: CoreTestFile, runtime: string): string | undefined {
  if (file.nodeModules.length === 0 || NODE_BUILTIN_RUNTIMES.has(runtime)) return undefined;
  const needs = file.nodeModules.map((m) => WHY[m] ?? `imports ${m}`).join(' and ');
  return `it ${needs}; ${runtime} has no Node built-ins and no file system`;
}
