import { serverAuthWithSecrets } from '@authkit-internal/conformance/react';
import { type ReactElement, version } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuthKitProvider, Impersonation, useAuth } from './index.js';
import { NextAuthKitProvider } from './next-provider.js';

// A layout handing over everything it has: `{ ...await withAuth(), sealedSession }`.
const { minted, serverAuth } = await serverAuthWithSecrets({
  organizationId: 'org_1',
  impersonator: { email: 'admin@example.com', reason: 'support' },
});

function Probe() {
  const auth = useAuth();
  return <p>{auth.loading ? 'loading' : (auth.user?.email ?? 'signed out')}</p>;
}

describe('AuthKitProvider (the server half)', () => {
  it('runs on the React of its test project (react18 renders with React 18)', () => {
    expect(version.split('.')[0]).toBe(process.env.EXPECTED_REACT_MAJOR ?? '19');
  });

  it('hands the client provider only the browser-safe fields: what Next serializes into the page', () => {
    const element = AuthKitProvider({ initialAuth: serverAuth, children: null }) as ReactElement<{
      initialAuth: Record<string, unknown>;
    }>;
    expect(element.type).toBe(NextAuthKitProvider);
    const props = JSON.stringify(element.props);
    expect(Object.keys(element.props.initialAuth).sort()).toEqual([
      'impersonator',
      'organizationId',
      'sessionId',
      'user',
    ]);
    for (const secret of [
      'refresh_token_SECRET',
      minted.cookieValue.slice(0, 40),
      minted.accessToken,
    ]) {
      expect(props).not.toContain(secret);
    }
  });

  it('renders the signed-in user and the impersonation banner on the first render', () => {
    const html = renderToStaticMarkup(
      <AuthKitProvider initialAuth={serverAuth}>
        <Probe />
        <Impersonation />
      </AuthKitProvider>,
    );
    expect(html).toContain(`<p>${minted.session.user.email}</p>`);
    expect(html).toContain('You are impersonating');
    expect(html).not.toContain('refresh_token_SECRET');
    expect(
      renderToStaticMarkup(
        <AuthKitProvider>
          <Probe />
        </AuthKitProvider>,
      ),
    ).toBe('<p>loading</p>');
  });
});
