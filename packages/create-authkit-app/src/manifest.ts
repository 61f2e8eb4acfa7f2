const dependencyFields = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** The parts of a package.json this module reads and writes. */
export interface Manifest {
  name?: string;
  version?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * The example's package.json made into the new app's: its name, version 0.1.0, and every
 * `workspace:` range of the AuthKit repository replaced by `^<released version>`.
 */
export function appManifest(
  example: Manifest,
  appName: string,
  versions: Record<string, string>,
): Manifest {
  const manifest: Manifest = { ...example, name: appName, version: '0.1.0', private: true };
  for (const field of dependencyFields) {
    const deps = example[field];
    if (!deps) continue;
    manifest[field] = Object.fromEntries(
      Object.entries(deps).map(([name, range]) => {
        if (!range.startsWith('workspace:')) return [name, range];
        const version = versions[name];
        if (!version) {
          throw new Error(`create-authkit-app: the template depends on ${name}, not published.`);
        }
        return [name, `^${version}`];
      }),
    );
  }
  return manifest;
}

/** An npm package name made from a folder name (lowercase, URL-safe). */
export function packageNameFor(folderName: string): string {
  const name = folderName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  return name || 'authkit-app';
}
