import { type ReactNode, useEffect, useState } from 'react';

/** What the page shows from the adapter's client hooks. */
export interface ClientHooksProps {
  /** `useAuth().user`, signed in. */
  user: { email: string };
  /** `useAuth()`. */
  auth: {
    organizationId?: string | undefined;
    switchToOrganization(organizationId: string): Promise<{ error: string } | object>;
  };
  /** `useAccessToken()`. */
  token: { accessToken: string | undefined; loading: boolean; error?: Error | null | undefined };
  /** The `org_id` claim of the access token (`useTokenClaims()`). */
  tokenOrganizationId: string | undefined;
  /** More controls, after the organization switcher. */
  children?: ReactNode;
}

/** The signed-in view of the client hooks page: what each hook returns, and a switcher. */
export function ClientHooksView(props: ClientHooksProps) {
  const [organizationId, setOrganizationId] = useState('');
  const [switchError, setSwitchError] = useState('');
  // The switcher works once React has hydrated the page; before that, typing into it would be lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { auth, token } = props;
  const shown = token.accessToken ? `…${token.accessToken.slice(-16)}` : 'none';
  return (
    <section>
      <h1>Client hooks</h1>
      <p>
        <code>useAuth()</code>: <span data-testid="hooks-user-email">{props.user.email}</span> in{' '}
        <span data-testid="hooks-organization-id">{auth.organizationId}</span>
      </p>
      <p>
        <code>useAccessToken()</code>:{' '}
        <span data-testid="hooks-access-token">{token.loading ? 'loading' : shown}</span>
        {token.error && <span data-testid="hooks-token-error"> {token.error.message}</span>} (
        <code>org_id</code>{' '}
        <span data-testid="hooks-token-org">{props.tokenOrganizationId ?? ''}</span>)
      </p>
      <input
        aria-label="Organization id"
        data-testid="hooks-org-input"
        disabled={!hydrated}
        value={organizationId}
        onChange={(event) => setOrganizationId(event.target.value)}
      />
      <button
        type="button"
        disabled={!hydrated}
        data-testid="hooks-switch"
        onClick={async () => {
          const result = await auth.switchToOrganization(organizationId);
          setSwitchError('error' in result ? result.error : '');
        }}
      >
        Switch organization
      </button>
      {switchError && <p data-testid="hooks-error">{switchError}</p>}
      {props.children}
    </section>
  );
}
