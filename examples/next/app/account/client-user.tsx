'use client';

import { useAuth } from '@workos/authkit-next/client';

/** A client component reading the same session through `useAuth()`. */
export function ClientUser() {
  const { user, organizationId, loading } = useAuth();
  if (loading) return <p className="muted">Loading…</p>;
  return (
    <p className="muted">
      In the browser, <code>useAuth()</code> sees{' '}
      <span data-testid="client-user-email">{user?.email ?? 'nobody'}</span> in{' '}
      <span data-testid="client-organization-id">{organizationId ?? 'no organization'}</span>.
    </p>
  );
}
