// The README's browser snippet, verbatim in shape, compiled by `pnpm typecheck` against the BUILT
// package (self-reference through the exports map) and rendered signed in and signed out.
import {
  AuthKitProvider,
  type ClientAuth,
  useAccessToken,
  useAuth,
  useTokenClaims,
} from '@workos/authkit-tanstack-start/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

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

const render = (initialAuth: ClientAuth) =>
  renderToStaticMarkup(
    <AuthKitProvider initialAuth={initialAuth}>
      <Profile />
    </AuthKitProvider>,
  );

describe('README browser snippet', () => {
  it('destructures the same fields signed in and signed out', () => {
    const user = { id: 'user_1', email: 'alice@example.com' } as never;
    expect(render({ user, sessionId: 's', organizationId: 'org_1', accessToken: 'a.b.c' })).toBe(
      '<p>alice@example.com org_1 token</p>',
    );
    expect(render({ user: null })).toBe('<p>Signed out - no token</p>');
  });
});
