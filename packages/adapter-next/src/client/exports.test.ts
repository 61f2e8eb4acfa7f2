import { describe, expect, it } from 'vitest';

// The public surface of `@workos/authkit-next/client`: a change here is a visible diff.
describe('@workos/authkit-next/client exports', () => {
  it('has every client export of @workos-inc/authkit-nextjs/components', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'AuthKitProvider',
      'Impersonation',
      'useAccessToken',
      'useAuth',
      'useRecentAuth',
      'useTokenClaims',
    ]);
  });
});
