import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// The public surface: a change here is a visible diff in __snapshots__/exports.test.ts.snap
// (update the snapshot on purpose).
describe('package exports', () => {
  it('has the entry points', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './testing', './package.json']);
  });

  it.each([
    ['"." exports', () => import('./index.js')],
    ['"./testing" exports', () => import('./testing/index.js')],
  ])('%s', async (_name, load) => {
    expect(Object.keys(await load()).sort()).toMatchSnapshot();
  });
});
