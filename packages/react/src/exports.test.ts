import { expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

// The public surface: a change here is a visible diff in __snapshots__/exports.test.ts.snap.
it('has one entry point and its "." exports', async () => {
  expect(Object.keys(manifest.exports)).toEqual(['.', './package.json']);
  expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
});
