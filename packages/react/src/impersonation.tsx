'use client';

import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type ReactElement,
  useEffect,
  useState,
} from 'react';
import { useAuthKitContext } from './context.js';
import type { OrganizationInfo } from './transport.js';

/** Props of {@link Impersonation}; other `<div>` props go to its root element. */
export interface ImpersonationProps extends ComponentPropsWithoutRef<'div'> {
  /** The edge of the window the banner sits on (default `'bottom'`). */
  side?: 'top' | 'bottom';
  /** Where WorkOS sends the browser after "Stop" ends the impersonated session. */
  returnTo?: string;
}

const bar = (side: 'top' | 'bottom'): CSSProperties => ({
  position: 'fixed',
  left: 0,
  right: 0,
  [side]: 0,
  zIndex: 9999,
  display: 'flex',
  gap: '12px',
  alignItems: 'center',
  justifyContent: 'center',
  padding: '6px 12px',
  background: 'var(--workos-impersonation-background-color, #fce654)',
  color: 'var(--workos-impersonation-color, #1a1600)',
  borderStyle: 'solid',
  borderColor: 'var(--workos-impersonation-border-color, #e0c36c)',
  borderWidth: side === 'top' ? '0 0 1px' : '1px 0 0',
  font: '14px/1.4 system-ui, -apple-system, sans-serif',
});

const corner = (side: 'top' | 'bottom'): CSSProperties => ({
  position: 'fixed',
  right: '8px',
  [side]: '8px',
  zIndex: 9999,
  padding: '4px 8px',
  background: 'var(--workos-impersonation-background-color, #fce654)',
  color: 'var(--workos-impersonation-color, #1a1600)',
  border: '1px solid var(--workos-impersonation-border-color, #e0c36c)',
  borderRadius: '6px',
  font: '14px/1 system-ui, -apple-system, sans-serif',
  cursor: 'pointer',
});

/**
 * A banner shown while an admin impersonates the signed-in user (from the WorkOS dashboard):
 * who is impersonated, in which organization, a "Stop" button that ends the session, and a
 * button that minimises it to a corner. Renders nothing otherwise. Place it once, inside
 * `<AuthKitProvider>`.
 */
export function Impersonation({
  side = 'bottom',
  returnTo,
  style,
  ...props
}: ImpersonationProps): ReactElement | null {
  const { value, transport } = useAuthKitContext('<Impersonation>');
  const { user, impersonator, organizationId, signOut } = value;
  const [organization, setOrganization] = useState<OrganizationInfo | null>(null);
  const [minimized, setMinimized] = useState(false);
  const active = Boolean(user && impersonator);

  useEffect(() => {
    if (!active || !organizationId) return;
    let current = true;
    transport()
      .getOrganization(organizationId)
      .then(
        (found) => current && setOrganization(found),
        () => current && setOrganization(null),
      );
    return () => {
      current = false;
    };
  }, [active, organizationId, transport]);

  if (!user || !impersonator) return null;
  const shownOrganization =
    organization && organization.id === organizationId ? organization : null;
  return (
    <div
      {...props}
      data-workos-impersonation-root=""
      data-minimized={minimized ? 'true' : 'false'}
      style={style}
    >
      {minimized ? (
        <button
          type="button"
          aria-label="Show the impersonation banner"
          style={corner(side)}
          onClick={() => setMinimized(false)}
        >
          {side === 'top' ? '↙' : '↖'}
        </button>
      ) : (
        <div role="status" style={bar(side)}>
          <span>
            You are impersonating <b>{user.email}</b>
            {shownOrganization ? (
              <>
                {' '}
                within the <b>{shownOrganization.name}</b> organization
              </>
            ) : null}
            {impersonator.reason ? ` (${impersonator.reason})` : null}
          </span>
          <button type="button" onClick={() => void signOut({ returnTo })}>
            Stop
          </button>
          <button
            type="button"
            aria-label="Minimise the impersonation banner"
            onClick={() => setMinimized(true)}
          >
            {side === 'top' ? '↗' : '↘'}
          </button>
        </div>
      )}
    </div>
  );
}
