import { cpSync, readdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isSkipped } from './templates.js';

/**
 * npm leaves `.gitignore` files out of published packages, so a packed template holds
 * `_gitignore`; scaffolding renames it back.
 */
export const PACKED_GITIGNORE = '_gitignore';

/** Copies an example or template folder, leaving out build output, installs and `.env` files. */
export function copyTree(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => source === from || !isSkipped(basename(source)),
  });
}

/** Renames every `from` file under `dir` (recursively) to `to`. */
export function renameAll(dir: string, from: string, to: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) renameAll(path, from, to);
    else if (entry.name === from) renameSync(path, join(dir, to));
  }
}
