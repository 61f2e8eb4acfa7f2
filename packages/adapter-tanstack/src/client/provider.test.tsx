import { serverAuthWithSecrets } from '@authkit-internal/conformance/react';
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

// Server functions are RPCs on the client; rendering on the server calls none of them.
vi.mock('../actions.js', () => ({
  checkSessionAction: vi.fn(),
  getAccessTokenAction: vi.fn(),
  getAuthAction: vi.fn(),
  getOrganizationAction: vi.fn(async () => null),
  refreshAccessTokenAction: vi.fn(),
  refreshAuthAction: vi.fn(),
  switchToOrganizationAction: vi.fn(),
}));
vi.mock('../auth-urls.js', () => ({ getSignInUrl: vi.fn() }));
vi.mock('../server-functions.js', () => ({ getAuth: vi.fn(), getSignOutUrl: vi.fn() }));
const { AuthKitProvider, Impersonation, useAccessToken, useAuth } = await import('./index.js');

const { minted, serverAuth } = await serverAuthWithSecrets({
  impersonator: { email: 'admin@example.com', reason: null },
});

function Dump() {
  const auth = useAuth();
  const { accessToken } = useAccessToken();
  return <pre>{JSON.stringify({ auth, accessToken })}</pre>;
}

describe('AuthKitProvider (TanStack)', () => {
  it('runs on the React of its test project (react18 renders with React 18)', () => {
    expect(version.split('.')[0]).toBe(process.env.EXPECTED_REACT_MAJOR ?? '19');
  });

  it('renders a whole server auth on the first render without its refresh token or sealed session', () => {
    const html = renderToString(
      <AuthKitProvider initialAuth={serverAuth}>
        <Dump />
        <Impersonation />
      </AuthKitProvider>,
    );
    expect(html).toContain(minted.session.user.email);
    expect(html).toContain('You are impersonating');
    // The access token from getAuth() seeds useAccessToken() (short-lived, meant for the browser).
    expect(html).toContain(minted.accessToken);
    expect(html).not.toContain('refresh_token_SECRET');
    expect(html).not.toContain(minted.cookieValue.slice(0, 40));
    expect(html).not.toMatch(/sealedSession|refreshToken|claims/);
  });
});
