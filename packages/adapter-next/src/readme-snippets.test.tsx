// The README's client-component snippet, compiled by `pnpm typecheck` against the BUILT package
// (self-reference through the exports map) and rendered signed in and signed out.
import {
  AuthKitProvider,
  type ClientAuth,
  useAccessToken,
  useAuth,
  useTokenClaims,
} from '@workos/authkit-next/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

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

const render = (initialAuth: ClientAuth) =>
  renderToStaticMarkup(
    <AuthKitProvider initialAuth={initialAuth}>
      <Profile />
    </AuthKitProvider>,
  );

describe('README client snippet', () => {
  it('destructures the same fields signed in and signed out', () => {
    const user = { id: 'user_1', email: 'alice@example.com' } as never;
    expect(render({ user, sessionId: 's', organizationId: 'org_1' })).toBe(
      '<p>alice@example.com org_1</p>',
    );
    expect(render({ user: null })).toBe('<p>Signed out -</p>');
  });
});
