import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { copyTree, PACKED_GITIGNORE, renameAll } from './copy.js';
import { appManifest, packageNameFor } from './manifest.js';
import { defaultTemplateSource, type TemplateName, type TemplateSource } from './templates.js';

export interface ScaffoldOptions {
  template: TemplateName;
  /** Where the app goes: a new or empty folder. */
  directory: string;
  /** Defaults to the packed templates (or the repository's examples when run from source). */
  source?: TemplateSource;
}

/** What `scaffold` wrote. */
export interface ScaffoldResult {
  dir: string;
  name: string;
}

/** Writes a standalone app from a template into `directory` (which must be new or empty). */
export function scaffold(options: ScaffoldOptions): ScaffoldResult {
  const dir = resolve(options.directory);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: pick a new folder name.`);
  }
  const source = options.source ?? defaultTemplateSource();
  const from = source.dir(options.template);
  if (!existsSync(join(from, 'package.json'))) {
    throw new Error(`create-authkit-app: template ${options.template} is missing (${from}).`);
  }
  copyTree(from, dir);
  renameAll(dir, PACKED_GITIGNORE, '.gitignore');
  const name = packageNameFor(basename(dir));
  const manifestPath = join(dir, 'package.json');
  const example = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const manifest = appManifest(example, name, source.versions);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, name };
}
