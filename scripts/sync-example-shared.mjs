#!/usr/bin/env node
// Copies the files the examples share (their one tracked source: examples/shared/) into each
// example that uses them, at the paths below, where git ignores them (see .gitignore). Runs on
// `pnpm install` (the root's postinstall) and before create-authkit-app packs the templates, so a
// starter gets real copies and stays standalone. Edit examples/shared/, never a copy: run
// `node scripts/sync-example-shared.mjs` (or `pnpm install`) after an edit. See examples/README.md.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Source (under examples/shared/; a folder ends with `/`) → where each example gets its copy
 * (relative to examples/<name>/).
 */
export const sharedFiles = {
  'public/authkit.css': {
    express: 'public/authkit.css',
    hono: 'public/authkit.css',
    next: 'public/authkit.css',
    'tanstack-start': 'public/authkit.css',
  },
  'test/dev.test.ts': { express: 'src/dev.test.ts', hono: 'src/dev.test.ts' },
  'test/expect-pages.ts': {
    hono: 'src/test-support/expect-pages.ts',
    next: 'test/expect-pages.ts',
    'tanstack-start': 'test/expect-pages.ts',
  },
  'memberships.ts': {
    express: 'src/memberships.ts',
    hono: 'src/memberships.ts',
    next: 'shared/memberships.ts',
    'tanstack-start': 'src/shared/memberships.ts',
  },
  'react/': { next: 'shared/', 'tanstack-start': 'src/shared/' },
};

/** Every file under `dir`, relative to it. */
function filesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Source file → copy, both absolute, for every shared file of every example. */
export function sharedCopies(root) {
  const shared = join(root, 'examples', 'shared');
  const copies = [];
  for (const [source, targets] of Object.entries(sharedFiles)) {
    const files = source.endsWith('/') ? filesIn(join(shared, source)) : [''];
    for (const [example, target] of Object.entries(targets)) {
      for (const file of files) {
        copies.push({
          from: join(shared, source, file),
          to: join(root, 'examples', example, target, file),
        });
      }
    }
  }
  return copies;
}

/**
 * Writes the copies that differ from their source (an unchanged copy keeps its modification
 * time, so watchers and build caches see no change); returns how many it wrote.
 */
export function syncExampleShared(root) {
  let written = 0;
  for (const { from, to } of sharedCopies(root)) {
    if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) continue;
    cpSync(from, to);
    written += 1;
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const written = syncExampleShared(root);
  if (written > 0) console.log(`examples/shared: ${written} file(s) copied into the examples`);
}
