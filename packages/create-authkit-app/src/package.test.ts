import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

describe('the published surface', () => {
  it('is a bin only (no library exports), shipping dist and templates', () => {
    expect(manifest.bin).toEqual({ 'create-authkit-app': './dist/cli.js' });
    expect('exports' in manifest).toBe(false);
    expect(manifest.files).toEqual(['dist', '!dist/**/*.test.*', 'templates', 'README.md']);
  });

  it('the bin is built with a node shebang', () => {
    const cli = new URL('../dist/cli.js', import.meta.url);
    expect(existsSync(cli)).toBe(true);
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
