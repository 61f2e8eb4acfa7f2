import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTemplates } from './pack.js';
import { scaffold } from './scaffold.js';
import {
  packedSource,
  publicVersions,
  type TemplateName,
  templates,
  workspaceSource,
} from './templates.js';

const workspace = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'create-authkit-app-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const names = Object.keys(templates) as TemplateName[];
const versions = publicVersions(workspace);

/** Every file of a folder, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('templates from the packed form (what npm create runs)', () => {
  const packed = join(work, 'packed');
  writeTemplates(workspace, packed);

  it('holds every example, without build output, installs or .gitignore (npm drops it)', () => {
    expect(readdirSync(packed).sort()).toEqual([...names, 'versions.json'].sort());
    for (const name of names) {
      const list = files(join(packed, name));
      expect(list).toContain('_gitignore');
      expect(list).not.toContain('.gitignore');
      expect(list.filter((file) => /(^|\/)(node_modules|dist|\.next)\//.test(file))).toEqual([]);
    }
  });

  it("inlines the examples' shared files (examples/shared/) into each template", async () => {
    const script = pathToFileURL(join(workspace, 'scripts/sync-example-shared.mjs')).href;
    const copies: { from: string; to: string }[] = (await import(script)).sharedCopies(workspace);
    expect(copies.length).toBeGreaterThan(names.length);
    for (const { from, to } of copies) {
      const inTemplate = join(packed, relative(join(workspace, 'examples'), to));
      expect(readFileSync(inTemplate, 'utf8'), inTemplate).toBe(readFileSync(from, 'utf8'));
      // In the repository the copy is git-ignored: examples/shared/ is its one source.
      const ignored = spawnSync('git', ['check-ignore', '-q', to], { cwd: workspace });
      expect(ignored.status, `${to} is not git-ignored`).toBe(0);
    }
  });

  it('records the versions of our published packages', () => {
    const recorded = JSON.parse(readFileSync(join(packed, 'versions.json'), 'utf8'));
    expect(recorded['@workos/authkit-session']).toBe(versions['@workos/authkit-session']);
    expect(Object.keys(recorded)).not.toContain('@authkit-internal/conformance');
  });

  it.each(names)('scaffolds %s into a standalone app', (template) => {
    const dir = join(work, 'apps', `My ${template} App`);
    const app = scaffold({ template, directory: dir, source: packedSource(packed) });
    expect(app.name).toBe(`my-${template}-app`);

    const list = files(dir);
    for (const file of [
      '.gitignore',
      '.env.example',
      'README.md',
      'tsconfig.json',
      'package.json',
    ]) {
      expect(list, file).toContain(file);
    }
    expect(list).not.toContain('_gitignore');

    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe(`my-${template}-app`);
    const ranges = { ...manifest.dependencies, ...manifest.devDependencies };
    expect(Object.values(ranges).filter((range) => String(range).startsWith('workspace:'))).toEqual(
      [],
    );
    for (const [name, range] of Object.entries(ranges)) {
      if (name.startsWith('@workos/')) expect(range).toBe(`^${versions[name]}`);
      else expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(ranges.typescript).toMatch(/^\d/);
    expect(ranges.vitest).toMatch(/^\d/);

    // Nothing reaches outside the app's folder.
    for (const file of list.filter((f) => /\.(ts|tsx|mjs|js|json)$/.test(f))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/\.\.\/\.\.\/(\.\.\/)?(tsconfig|scripts|packages)/);
      expect(text, file).not.toContain('@authkit-internal/');
    }
  });
});

describe('scaffold', () => {
  it('reads the examples themselves when run from the repository', () => {
    const dir = join(work, 'from-workspace');
    scaffold({ template: 'hono', directory: dir, source: workspaceSource(workspace) });
    expect(readFileSync(join(dir, 'src/app.tsx'), 'utf8')).toBe(
      readFileSync(join(workspace, 'examples/hono/src/app.tsx'), 'utf8'),
    );
  });

  it('refuses a folder that is not empty', () => {
    const dir = join(work, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    expect(() =>
      scaffold({ template: 'express', directory: dir, source: workspaceSource(workspace) }),
    ).toThrow(/is not empty/);
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
  });
});
