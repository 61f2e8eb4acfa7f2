import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
// The core's client entry is dependency-free (its own test checks that).
// The React layer is built on it alone (its own tests check that).
const allowedPackages = new Set([
  'react',
  'react/jsx-runtime',
  '@workos/authkit-session/client',
  '@workos/authkit-session-react',
  '@workos/authkit-session-react/app',
]);
// Rendered by server layouts on purpose: it strips `initialAuth` before Next serializes it.
const serverRendered = new Set(['client/index.ts', 'client/provider.tsx']);

function resolveLocal(from: string, specifier: string): string {
  const base = join(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {}
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Walks the runtime imports of the client entry; a 'use server' module is a boundary Next replaces with references. */
function clientGraph(entry: string) {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const serverBoundaries = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    if (/^\s*['"]use server['"]/.test(code)) {
      serverBoundaries.add(relative(src, file));
      return;
    }
    for (const match of code.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm,
    )) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) visit(resolveLocal(file, specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return {
    files: [...seen].map((f) => relative(src, f)),
    packages: [...packages],
    serverBoundaries: [...serverBoundaries],
  };
}

describe('the client entry', () => {
  it("pulls no server code into the browser: only React, the core's client entry, client modules and the 'use server' actions", () => {
    const graph = clientGraph(join(src, 'client/index.ts'));
    expect(graph.packages.filter((name) => !allowedPackages.has(name))).toEqual([]);
    expect(graph.serverBoundaries.sort()).toEqual(['actions.ts']);
    for (const file of graph.files.filter(
      (f) =>
        f.startsWith('client/') && !serverRendered.has(f) && !graph.serverBoundaries.includes(f),
    )) {
      expect(readFileSync(join(src, file), 'utf8'), file).toMatch(/^'use client';/);
    }
  });
});
