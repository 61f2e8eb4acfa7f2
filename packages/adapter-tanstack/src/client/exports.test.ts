import { describe, expect, it } from 'vitest';

// The public surface of `@workos/authkit-tanstack-start/client`: a change here is a visible diff.
describe('@workos/authkit-tanstack-start/client exports', () => {
  it('has every client export of @workos/authkit-tanstack-react-start/client', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'AuthKitProvider',
      'Impersonation',
      'getAuthAction',
      'useAccessToken',
      'useAuth',
      'useRecentAuth',
      'useTokenClaims',
    ]);
  });
});
