import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const clientDir = new URL('./', import.meta.url);

describe('@workos/authkit-session/client entry', () => {
  it('imports nothing at runtime but its own modules (no iron, jose or SDK in browser bundles)', async () => {
    for (const file of [
      'index.ts',
      'token-timing.ts',
      'types.ts',
      'access-token-source.ts',
      'auth-store.ts',
    ]) {
      const source = await readFile(new URL(file, clientDir), 'utf8');
      const runtimeImports = [
        ...source.matchAll(/^(?:import|export)(?! type)[^;]*?from '([^']+)'/gm),
      ]
        .map((match) => match[1])
        .filter((specifier) => !/^\.\/[a-z-]+\.js$/.test(specifier ?? ''))
        .filter((specifier) => !(file === 'index.ts' && specifier === '../errors.js'));
      expect(runtimeImports, file).toEqual([]);
    }
    const errors = await readFile(new URL('../errors.ts', clientDir), 'utf8');
    expect(errors).not.toMatch(/^import /m);
  });
});
