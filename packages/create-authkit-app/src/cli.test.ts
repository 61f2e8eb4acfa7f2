import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'create-authkit-app-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, npm_config_user_agent: 'pnpm/10.0.0 npm/? node/v22' },
  });
}

describe('the create-authkit-app command', () => {
  it('writes the app and prints the next steps for the package manager that ran it', () => {
    const result = run('my-app', '--template', 'express');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created my-app from the express template');
    expect(result.stdout).toContain('pnpm install');
    const manifest = JSON.parse(readFileSync(join(work, 'my-app', 'package.json'), 'utf8'));
    expect(manifest.name).toBe('my-app');
  });

  it('refuses an unknown template with the list of templates, writing nothing', () => {
    const result = run('other-app', '--template', 'vue');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Unknown template "vue"');
    expect(result.stderr).toContain('tanstack-start');
    expect(existsSync(join(work, 'other-app'))).toBe(false);
  });

  it('without a terminal, asks for the folder and template on the command line', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm create authkit-app@latest <folder>');
  });
});
