import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The templates: each one is an example of the AuthKit repository, `examples/<name>`. */
export const templates = {
  next: 'Next.js App Router with @workos/authkit-next',
  hono: 'Hono on Node with @workos/authkit-hono (server-rendered JSX)',
  'tanstack-start': 'TanStack Start with @workos/authkit-tanstack-start',
  express: 'Express 5 on @workos/authkit-session (no adapter: the glue is in the app)',
} as const;

export type TemplateName = keyof typeof templates;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

/** Build output, installed packages and local secrets: never part of a template. */
const skippedNames = new Set([
  'node_modules',
  'dist',
  '.next',
  '.turbo',
  '.output',
  '.tanstack',
  'coverage',
  'test-results',
  'next-env.d.ts',
  '.env',
  '.env.local',
]);

/** Whether a file or folder of an example is left out of the template. */
export function isSkipped(name: string): boolean {
  return skippedNames.has(name) || name.endsWith('.tsbuildinfo');
}

/**
 * Where the templates come from. In the published package: `templates/<name>` (the examples copied
 * at pack time) and `templates/versions.json`. In the repository: `examples/<name>` itself and the
 * versions in `packages/* /package.json`, so the templates never drift from the examples.
 */
export interface TemplateSource {
  /** The folder holding template `name`. */
  dir(name: TemplateName): string;
  /** The released version of each of our packages, by package name. */
  versions: Record<string, string>;
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The templates packed with this package, or the repository's examples when run from source. */
export function defaultTemplateSource(root: string = packageRoot): TemplateSource {
  const packed = join(root, 'templates');
  if (existsSync(join(packed, 'versions.json'))) return packedSource(packed);
  const workspace = join(root, '..', '..');
  if (existsSync(join(workspace, 'examples'))) return workspaceSource(workspace);
  throw new Error(`create-authkit-app: no templates found in ${packed}; reinstall the package.`);
}

/** Templates written by `writeTemplates` (the packed package's `templates/` folder). */
export function packedSource(dir: string): TemplateSource {
  const versions = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'));
  return { dir: (name) => join(dir, name), versions };
}

/** The examples of the repository at `workspaceRoot`, with the versions of its public packages. */
export function workspaceSource(workspaceRoot: string): TemplateSource {
  return {
    dir: (name) => join(workspaceRoot, 'examples', name),
    versions: publicVersions(workspaceRoot),
  };
}

/** Name → version of every published (non-private) package under `packages/`. */
export function publicVersions(workspaceRoot: string): Record<string, string> {
  const versions: Record<string, string> = {};
  const packagesDir = join(workspaceRoot, 'packages');
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const manifestPath = join(packagesDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (!manifest.private) versions[manifest.name] = manifest.version;
  }
  return versions;
}
