import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

// The public surface: a change here is a visible diff. Edit the list after an intended change.
describe('package exports', () => {
  it('has one entry point', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './package.json']);
  });

  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'AuthKitCoreProvider',
      'Impersonation',
      'pickClientAuth',
      'readTokenClaims',
      'useAccessToken',
      'useAuth',
      'useRecentAuth',
      'useTokenClaims',
    ]);
  });
});
