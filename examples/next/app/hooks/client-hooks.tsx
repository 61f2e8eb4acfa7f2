'use client';

import { useAccessToken, useAuth, useTokenClaims } from '@workos/authkit-next/client';
import { ClientHooksView } from '../../shared/client-hooks';

/** The client hooks of `@workos/authkit-next/client` and what they return. */
export function ClientHooks() {
  const auth = useAuth();
  const token = useAccessToken();
  const claims = useTokenClaims();
  if (!auth.user) return <p data-testid="hooks-signed-out">Signed out.</p>;
  return (
    <ClientHooksView
      user={auth.user}
      auth={auth}
      token={token}
      tokenOrganizationId={claims.org_id}
    />
  );
}
