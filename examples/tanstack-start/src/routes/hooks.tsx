import { createFileRoute } from '@tanstack/react-router';
import { useAccessToken, useAuth } from '@workos/authkit-tanstack-start/client';

export const Route = createFileRoute('/hooks')({ component: ClientHooks });

function ClientHooks() {
  const auth = useAuth();
  const { accessToken, loading, error, refresh } = useAccessToken();
  if (auth.loading) return <p>Loading…</p>;
  if (!auth.user) {
    return (
      <p data-testid="hooks-signed-out">
        Signed out. <a href="/login?returnPathname=%2Fhooks">Sign in</a>
      </p>
    );
  }
  return (
    <section>
      <h1>Client hooks</h1>
      <p>
        <code>useAuth()</code>: <span data-testid="hooks-user-email">{auth.user.email}</span> in{' '}
        <span data-testid="hooks-organization-id">{auth.organizationId}</span>
      </p>
      <p>
        <code>useAccessToken()</code>:{' '}
        <span data-testid="hooks-access-token">
          {loading ? 'loading' : accessToken ? `…${accessToken.slice(-16)}` : 'none'}
        </span>
        {error && <span data-testid="hooks-token-error"> {error.message}</span>}
      </p>
      <button type="button" onClick={() => void refresh()}>
        Refresh token
      </button>{' '}
      <button type="button" onClick={() => void auth.signOut({ returnTo: '/' })}>
        Sign out from the client
      </button>
    </section>
  );
}
