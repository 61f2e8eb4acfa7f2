// The README's browser snippet, verbatim in shape, compiled by `pnpm typecheck` against the BUILT
// package (self-reference through the exports map) and rendered signed in and signed out.
import {
  AuthKitProvider,
  type ClientAuth,
  useAccessToken,
  useAuth,
} from '@workos/authkit-tanstack-start/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// Outside a router there is no RPC context: call server functions directly.
vi.mock('@tanstack/react-start', async (original) => ({
  ...(await original<object>()),
  useServerFn: (fn: unknown) => fn,
}));

function Profile() {
  const { user, organizationId, loading, signOut, refreshAuth } = useAuth();
  const { accessToken, getAccessToken, error } = useAccessToken();
  void [signOut, refreshAuth, getAccessToken, error];
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
    // The access token is fetched in the browser (getAccessToken), never rendered on the server.
    expect(render({ user, sessionId: 's', organizationId: 'org_1' })).toBe(
      '<p>alice@example.com org_1 no token</p>',
    );
    expect(render({ user: null })).toBe('<p>Signed out - no token</p>');
  });
});
