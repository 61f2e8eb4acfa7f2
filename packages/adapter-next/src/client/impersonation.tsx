'use client';

import { useAuth } from './provider.js';

/** Props of {@link Impersonation}. */
export interface ImpersonationProps {
  /** Where WorkOS sends the browser after "Stop impersonating". */
  returnTo?: string;
}

/** A fixed banner shown while an admin impersonates the user, with a button to stop. */
export function Impersonation({ returnTo }: ImpersonationProps) {
  const auth = useAuth();
  if (!auth.user || !auth.impersonator) return null;
  return (
    <div
      data-testid="impersonation-banner"
      role="status"
      style={{
        position: 'fixed',
        bottom: 0,
        left: 0,
        right: 0,
        padding: '8px 16px',
        background: '#fc5',
        color: '#222',
        fontFamily: 'system-ui, sans-serif',
        zIndex: 9999,
      }}
    >
      {auth.impersonator.email} is impersonating {auth.user.email}
      {auth.impersonator.reason ? ` (${auth.impersonator.reason})` : ''}.{' '}
      <button type="button" onClick={() => void auth.signOut({ returnTo })}>
        Stop impersonating
      </button>
    </div>
  );
}
