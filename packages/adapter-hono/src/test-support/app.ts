import { Hono } from 'hono';
import { html } from 'hono/html';
import { authkit, authkitRoutes, getAuth, requireAuth } from '../index.js';
import type { AuthKitEnv, AuthKitHonoOptions } from '../types.js';

/** The pages of docs/contracts.md §3, served with the adapter (used by the tests and the worker). */
export function createTestApp(
  options: AuthKitHonoOptions = {},
  organizationIds: string[] = [],
): Hono<AuthKitEnv> {
  const app = new Hono<AuthKitEnv>();
  app.use(authkit(options));
  app.route('/', authkitRoutes(options));

  app.get('/', (c) => {
    const auth = getAuth(c);
    return c.html(
      auth.user
        ? html`<p data-testid="user-email">${auth.user.email}</p>
            <form method="post" action="/logout"><button data-testid="sign-out">Sign out</button></form>`
        : html`<a href="/login">Sign in</a>`,
    );
  });

  app.get('/account', requireAuth(options), (c) => {
    const auth = c.var.auth;
    const others = organizationIds.filter((id) => id !== auth.organizationId);
    return c.html(html`<h1>Account</h1>
      <p data-testid="user-email">${auth.user.email}</p>
      <p data-testid="organization-id">${auth.organizationId ?? ''}</p>
      <p data-testid="role">${auth.role ?? ''}</p>
      <p data-testid="permissions">${(auth.permissions ?? []).join(',')}</p>
      ${others.map(
        (id) => html`<form method="post" action="/switch-organization">
          <input type="hidden" name="organizationId" value="${id}" />
          <button data-testid="switch-org-${id}">Switch to ${id}</button>
        </form>`,
      )}
      <form method="post" action="/logout"><button data-testid="sign-out">Sign out</button></form>`);
  });

  app.get('/api/me', requireAuth(options), (c) => {
    const auth = c.var.auth;
    return c.json({
      user: { id: auth.user.id, email: auth.user.email },
      organizationId: auth.organizationId ?? null,
      role: auth.role ?? null,
      permissions: auth.permissions ?? [],
    });
  });

  return app;
}
