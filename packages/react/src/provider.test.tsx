import { mintTestSession } from '@workos/authkit-session/testing';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Impersonation } from './impersonation.js';
import { AuthKitCoreProvider } from './provider.js';
import { key, T0, testTransport } from './test-support/transport.js';
import type { AuthKitProviderProps } from './types.js';
import { useAccessToken } from './use-access-token.js';
import { useAuth } from './use-auth.js';

const cookiePassword = 'a-cookie-password-of-at-least-32-characters!';

/** Renders everything the context holds, as a component that serializes its props would. */
function Dump() {
  const auth = useAuth();
  const token = useAccessToken();
  return <pre>{JSON.stringify({ auth, token })}</pre>;
}

const render = (initialAuth?: AuthKitProviderProps['initialAuth']) =>
  renderToString(
    <AuthKitCoreProvider transport={testTransport()} initialAuth={initialAuth}>
      <Dump />
      <Impersonation side="top" />
    </AuthKitCoreProvider>,
  );

describe('AuthKitCoreProvider on the server', () => {
  it('renders the initial auth on the first render, and loading without one', () => {
    const html = render({ user: { email: 'alice@example.com' } as never, sessionId: 'session_1' });
    expect(html).toContain('alice@example.com');
    expect(html).toContain('&quot;loading&quot;:false');
    expect(render()).toContain('&quot;user&quot;:null');
    expect(render()).toContain('&quot;loading&quot;:true');
  });

  it('never puts the refresh token or the sealed session of a spread server auth into the HTML', async () => {
    const minted = await mintTestSession({
      cookiePassword,
      signingKey: key,
      issuer: 'https://issuer.test',
      refreshToken: 'refresh_token_SECRET_0123456789',
      organizationId: 'org_1',
      impersonator: { email: 'admin@example.com', reason: 'support' },
      sessionId: 'session_1',
    });
    // What a loader or layout might hand over: a whole server-side auth plus the sealed cookie.
    const serverAuth = {
      ...minted.session,
      sessionId: 'session_1',
      organizationId: 'org_1',
      claims: { sid: 'session_1', iat: T0 },
      sealedSession: minted.cookieValue,
    };
    expect(serverAuth.refreshToken).toBe('refresh_token_SECRET_0123456789');
    const html = render(serverAuth as never);
    expect(html).toContain(minted.session.user.email);
    expect(html).toContain('You are impersonating');
    expect(html).not.toContain('refresh_token_SECRET');
    expect(html).not.toContain('refreshToken');
    expect(html).not.toContain(minted.cookieValue.slice(0, 40));
    expect(html).not.toContain('sealedSession');
    expect(html).not.toContain('claims');
  });
});
