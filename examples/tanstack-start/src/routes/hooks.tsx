import { createFileRoute } from '@tanstack/react-router';
import { useAccessToken, useAuth, useTokenClaims } from '@workos/authkit-tanstack-start/client';
import { ClientHooksView } from '../shared/client-hooks';

export const Route = createFileRoute('/hooks')({ component: ClientHooks });

function ClientHooks() {
  const auth = useAuth();
  const token = useAccessToken();
  const claims = useTokenClaims();
  if (auth.loading) return <p>Loading…</p>;
  if (!auth.user) {
    return (
      <p data-testid="hooks-signed-out">
        Signed out. <a href="/login?returnPathname=%2Fhooks">Sign in</a>
      </p>
    );
  }
  return (
    <ClientHooksView user={auth.user} auth={auth} token={token} tokenOrganizationId={claims.org_id}>
      <button type="button" onClick={() => void token.refresh()}>
        Refresh token
      </button>{' '}
      <button type="button" onClick={() => void auth.signOut({ returnTo: '/' })}>
        Sign out from the client
      </button>
    </ClientHooksView>
  );
}
