import { expect, it } from 'vitest';

// The public surface: a change here is a visible diff in __snapshots__/exports.test.ts.snap
// (update it on purpose with `vitest -u` after an intended change).
it('"." exports', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
});
