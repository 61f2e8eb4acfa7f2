'use client';

import { useAccessToken, useAuth, useTokenClaims } from '@workos/authkit-next/client';
import { useState } from 'react';

export function ClientHooks() {
  const auth = useAuth();
  const { accessToken, loading } = useAccessToken();
  const claims = useTokenClaims();
  const [organizationId, setOrganizationId] = useState('');
  const [error, setError] = useState('');
  if (!auth.user) return <p data-testid="hooks-signed-out">Signed out.</p>;
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
        </span>{' '}
        (<code>org_id</code> <span data-testid="hooks-token-org">{claims.org_id ?? ''}</span>)
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
          setError('error' in result ? result.error : '');
        }}
      >
        Switch organization
      </button>
      {error ? <p data-testid="hooks-error">{error}</p> : null}
    </section>
  );
}
