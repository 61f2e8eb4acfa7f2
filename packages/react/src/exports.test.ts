import { expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

// The public surface: a change here is a visible diff in __snapshots__/exports.test.ts.snap.
it('has two entry points, "." and "./app" (what adapters\' /client entries re-export)', async () => {
  expect(Object.keys(manifest.exports)).toEqual(['.', './app', './package.json']);
  expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
  const app = Object.keys(await import('./app.js')).sort();
  expect(app).toEqual([
    'Impersonation',
    'useAccessToken',
    'useAuth',
    'useRecentAuth',
    'useTokenClaims',
  ]);
});
