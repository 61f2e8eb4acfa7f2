import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// The public surface: a change here is a visible diff (update the snapshot on purpose).
describe('package exports', () => {
  it('has the entry points', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './testing', './package.json']);
  });

  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toMatchInlineSnapshot(`
      [
        "Controls",
        "Emulator",
        "SeedError",
        "createSigningKey",
        "defaultCredentials",
        "defaultIds",
        "defaultSeed",
        "startEmulator",
        "totpCode",
        "validateSeed",
      ]
    `);
  });

  it('"./testing" exports', async () => {
    expect(Object.keys(await import('./testing/index.js')).sort()).toMatchInlineSnapshot(`
      [
        "environmentWithoutWorkos",
        "freePort",
        "startServer",
        "stopProcessGroup",
        "useTestEmulator",
      ]
    `);
  });
});
