import { createFileRoute } from '@tanstack/react-router';
import {
  checkSessionAction,
  getAccessTokenAction,
  getAuthAction,
  getOrganizationAction,
  refreshAccessTokenAction,
  refreshAuthAction,
  switchToOrganizationAction,
} from '@workos/authkit-tanstack-start';
import { useEffect, useState } from 'react';

// The server actions: read in the loader (SSR), changed from the browser (RPC).
export const Route = createFileRoute('/_authenticated/actions')({
  validateSearch: (search: Record<string, unknown>) => ({
    other: typeof search.other === 'string' ? search.other : '',
  }),
  loaderDeps: ({ search }) => ({ other: search.other }),
  loader: async ({ deps }) => {
    const hasSession = await checkSessionAction();
    const auth = await getAuthAction();
    const accessToken = await getAccessTokenAction();
    const organizationId = auth.user ? (auth.organizationId ?? '') : '';
    const own = organizationId ? await getOrganizationAction({ data: organizationId }) : null;
    const other = deps.other ? await getOrganizationAction({ data: deps.other }) : null;
    return {
      hasSession,
      email: auth.user?.email ?? null,
      authHasToken: 'accessToken' in auth,
      accessTokenLength: accessToken?.length ?? 0,
      own: own?.name ?? 'null',
      other: other?.name ?? 'null',
    };
  },
  component: ActionsPage,
});

function ActionsPage() {
  const data = Route.useLoaderData();
  const { other } = Route.useSearch();
  const [result, setResult] = useState('');
  // The buttons work once React has hydrated the page: Playwright's click waits until enabled.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <main>
      <div data-testid="has-session">{String(data.hasSession)}</div>
      <div data-testid="action-email">{data.email}</div>
      <div data-testid="auth-has-token">{String(data.authHasToken)}</div>
      <div data-testid="access-token-length">{data.accessTokenLength}</div>
      <div data-testid="own-organization">{data.own}</div>
      <div data-testid="other-organization">{data.other}</div>
      <button
        type="button"
        disabled={!hydrated}
        data-testid="refresh-token"
        onClick={async () =>
          setResult(`token:${((await refreshAccessTokenAction()) ?? '').length > 0}`)
        }
      >
        Refresh token
      </button>
      <button
        type="button"
        disabled={!hydrated}
        data-testid="refresh-auth"
        onClick={async () => {
          const auth = await refreshAuthAction();
          setResult(`refreshed:${auth.user?.email}:${'accessToken' in auth}`);
        }}
      >
        Refresh auth
      </button>
      <button
        type="button"
        disabled={!hydrated}
        data-testid="switch-action"
        onClick={async () => {
          const auth = await switchToOrganizationAction({ data: { organizationId: other } });
          setResult(`switched:${auth.organizationId}:${auth.role}`);
        }}
      >
        Switch
      </button>
      <output data-testid="action-result">{result}</output>
    </main>
  );
}
