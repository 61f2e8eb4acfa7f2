// The README's client-component snippet, compiled by `pnpm typecheck` against the BUILT package
// (self-reference through the exports map) and rendered signed in and signed out.

import { expectSnippetRendersBothWays } from '@authkit-internal/conformance/react';
import {
  AuthKitProvider,
  type ClientAuth,
  useAccessToken,
  useAuth,
  useTokenClaims,
} from '@workos/authkit-next/client';
import { describe, it } from 'vitest';

export function Profile() {
  const { user, organizationId, loading, refreshAuth, switchToOrganization, signOut } = useAuth();
  const { accessToken, getAccessToken } = useAccessToken(); // refreshed through a server action before it expires
  const { role } = useTokenClaims();
  void [refreshAuth, switchToOrganization, signOut, accessToken, getAccessToken, role];
  if (loading) return null;
  return (
    <p>
      {user?.email ?? 'Signed out'} {organizationId ?? '-'}
    </p>
  );
}

describe('README client snippet', () => {
  it('destructures the same fields signed in and signed out', () => {
    expectSnippetRendersBothWays<ClientAuth>(
      AuthKitProvider,
      Profile,
      { sessionId: 's', organizationId: 'org_1' },
      { signedIn: '<p>alice@example.com org_1</p>', signedOut: '<p>Signed out -</p>' },
    );
  });
});
