import type { User } from '@workos/authkit-session';
import type { ClientAuth } from '@workos/authkit-session/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Impersonation } from './impersonation.js';
import { AuthKitProvider, useAuth } from './provider.js';

const user = { id: 'user_1', email: 'alice@example.com', object: 'user' } as unknown as User;

function Probe() {
  const auth = useAuth();
  return (
    <p>
      {auth.loading ? 'loading' : (auth.user?.email ?? 'signed out')} {auth.organizationId ?? '-'}
    </p>
  );
}

const render = (initialAuth?: ClientAuth) =>
  renderToStaticMarkup(
    <AuthKitProvider initialAuth={initialAuth}>
      <Probe />
      <Impersonation />
    </AuthKitProvider>,
  );

describe('AuthKitProvider and useAuth', () => {
  it('render the server-provided auth on the first render', () => {
    expect(render({ user, sessionId: 'session_1', organizationId: 'org_1' })).toBe(
      '<p>alice@example.com org_1</p>',
    );
    expect(render({ user: null })).toBe('<p>signed out -</p>');
  });

  it('are loading until the server answers when no initial auth was given', () => {
    expect(render()).toBe('<p>loading -</p>');
  });

  it('useAuth outside the provider throws a clear error', () => {
    expect(() => renderToStaticMarkup(<Probe />)).toThrow(/inside <AuthKitProvider>/);
  });

  it('shows the impersonation banner only while impersonating', () => {
    const html = render({
      user,
      sessionId: 'session_1',
      impersonator: { email: 'admin@example.com', reason: 'support ticket' },
    });
    expect(html).toContain('data-testid="impersonation-banner"');
    expect(html).toContain('admin@example.com is impersonating alice@example.com (support ticket)');
    expect(html).toContain('Stop impersonating');
  });
});
