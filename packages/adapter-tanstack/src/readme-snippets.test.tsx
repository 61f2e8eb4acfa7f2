// The README's browser snippet, verbatim in shape, compiled by `pnpm typecheck` against the BUILT
// package (self-reference through the exports map) and rendered signed in and signed out.

import { expectSnippetRendersBothWays } from '@authkit-internal/conformance/react';
import {
  AuthKitProvider,
  type ClientAuth,
  useAccessToken,
  useAuth,
  useTokenClaims,
} from '@workos/authkit-tanstack-start/client';
import { describe, it } from 'vitest';

function Profile() {
  const { user, organizationId, loading, signOut, refreshAuth, switchToOrganization } = useAuth();
  const { accessToken, getAccessToken, error } = useAccessToken();
  const { role } = useTokenClaims();
  void [signOut, refreshAuth, switchToOrganization, getAccessToken, error, role];
  if (loading) return null;
  return (
    <p>
      {user?.email ?? 'Signed out'} {organizationId ?? '-'} {accessToken ? 'token' : 'no token'}
    </p>
  );
}

describe('README browser snippet', () => {
  it('destructures the same fields signed in and signed out', () => {
    expectSnippetRendersBothWays<ClientAuth>(
      AuthKitProvider,
      Profile,
      { sessionId: 's', organizationId: 'org_1', accessToken: 'a.b.c' },
      {
        signedIn: '<p>alice@example.com org_1 token</p>',
        signedOut: '<p>Signed out - no token</p>',
      },
    );
  });
});
