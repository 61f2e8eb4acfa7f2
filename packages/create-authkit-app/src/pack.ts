import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyTree, PACKED_GITIGNORE, renameAll } from './copy.js';
import { publicVersions, type TemplateName, templates } from './templates.js';

/**
 * Writes the packed form of the templates into `outDir`: each `examples/<name>` copied (build
 * output left out, `.gitignore` as `_gitignore`) and `versions.json` with the versions of our
 * packages being released alongside. Run by `prepack`. The files the examples share
 * (`examples/shared/`) are first copied into them afresh, so each template holds its own copy.
 */
export function writeTemplates(workspaceRoot: string, outDir: string): void {
  execFileSync(process.execPath, [join(workspaceRoot, 'scripts', 'sync-example-shared.mjs')], {
    stdio: 'inherit',
  });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const name of Object.keys(templates) as TemplateName[]) {
    const to = join(outDir, name);
    copyTree(join(workspaceRoot, 'examples', name), to);
    renameAll(to, '.gitignore', PACKED_GITIGNORE);
  }
  const versions = publicVersions(workspaceRoot);
  writeFileSync(join(outDir, 'versions.json'), `${JSON.stringify(versions, null, 2)}\n`);
}
