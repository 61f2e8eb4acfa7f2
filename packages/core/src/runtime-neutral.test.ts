// biome-ignore lint/style/noRestrictedImports: the test reads the source tree from disk
import { readdirSync, readFileSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: the test reads the source tree from disk
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'test-support' || entry.name === 'hostile' ? [] : sourceFiles(path);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  name: relative(SRC, path),
  code: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
}));

describe('the published source uses Web standards only', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.name === 'index.ts')).toBe(true);
  });

  it('imports nothing from node: (static, dynamic or require)', () => {
    const offenders = files.filter((f) =>
      /from\s+['"]node:|import\s*\(\s*['"]node:|require\s*\(|from\s+['"](fs|path|crypto|http|https|buffer|stream|util|os)['"]/.test(
        f.code,
      ),
    );
    expect(offenders.map((f) => f.name)).toEqual([]);
  });

  it('never uses Buffer', () => {
    expect(files.filter((f) => /\bBuffer\b/.test(f.code)).map((f) => f.name)).toEqual([]);
  });

  it('touches process only in the guarded env reader', () => {
    const users = files.filter((f) => /\bprocess\b/.test(f.code)).map((f) => f.name);
    expect(users).toEqual([join('config', 'env.ts')]);
  });

  it('imports no framework', () => {
    const frameworks = /from\s+['"](next|hono|@tanstack|express|react)[/'"]/;
    expect(files.filter((f) => frameworks.test(f.code)).map((f) => f.name)).toEqual([]);
  });
});
