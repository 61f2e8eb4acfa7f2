import { createFileRoute } from '@tanstack/react-router';
import { useAccessToken, useAuth, useTokenClaims } from '@workos/authkit-tanstack-start/client';
import { useState } from 'react';

export const Route = createFileRoute('/hooks')({ component: ClientHooks });

function ClientHooks() {
  const auth = useAuth();
  const { accessToken, loading, error, refresh } = useAccessToken();
  const claims = useTokenClaims();
  const [organizationId, setOrganizationId] = useState('');
  const [switchError, setSwitchError] = useState('');
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
        {error && <span data-testid="hooks-token-error"> {error.message}</span>} (
        <code>org_id</code> <span data-testid="hooks-token-org">{claims.org_id ?? ''}</span>)
      </p>
      <input
        aria-label="Organization id"
        data-testid="hooks-org-input"
        value={organizationId}
        onChange={(event) => setOrganizationId(event.target.value)}
      />
      <button
        type="button"
        data-testid="hooks-switch"
        onClick={async () => {
          const result = await auth.switchToOrganization(organizationId);
          setSwitchError('error' in result ? result.error : '');
        }}
      >
        Switch organization
      </button>
      {switchError && <p data-testid="hooks-error">{switchError}</p>}
      <button type="button" onClick={() => void refresh()}>
        Refresh token
      </button>{' '}
      <button type="button" onClick={() => void auth.signOut({ returnTo: '/' })}>
        Sign out from the client
      </button>
    </section>
  );
}
