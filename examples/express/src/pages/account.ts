import type { Membership, Viewer } from '../memberships.js';
import { html } from './html.js';
import { layout } from './layout.js';

/** What the account page shows about the signed-in user. */
export interface AccountView {
  email: string;
  name: string | null;
  organizationId: string | null;
  /** The current organization's name, when WorkOS answered. */
  organizationName?: string | null;
  role: string | null;
  permissions: string[];
  /** The user's other organizations, or `null` when they could not be loaded. */
  otherOrganizations: Membership[] | null;
  /** The header's view of the user. */
  viewer?: Viewer | null;
}

/** The protected account page: user, organization, role, permissions and organization switcher. */
export function accountPage(view: AccountView): string {
  const switcher =
    view.otherOrganizations === null
      ? html`<p class="muted">Your other organizations could not be loaded right now.</p>`
      : view.otherOrganizations.length === 0
        ? html`<p class="muted">You belong to no other organization.</p>`
        : html`<ul class="orgs">${view.otherOrganizations.map(
            (org) => html`
        <li><span>${org.organizationName}</span>
          <form class="inline" method="post" action="/switch-organization">
            <input type="hidden" name="organizationId" value="${org.organizationId}" />
            <button type="submit" data-testid="switch-org-${org.organizationId}">Switch</button>
          </form></li>`,
          )}</ul>`;
  const chips = view.permissions.map(
    (permission) => html`<li class="chip" data-testid="permission">${permission}</li>`,
  );
  return layout(
    'Account',
    html`<div class="card">
      <h1>${view.name ?? 'Your account'}</h1>
      <dl class="details">
        <dt>Email</dt><dd data-testid="user-email">${view.email}</dd>
        <dt>Organization</dt><dd><strong data-testid="organization-name">${view.organizationName ?? '—'}</strong>
          <code class="muted" data-testid="organization-id">${view.organizationId ?? ''}</code></dd>
        <dt>Role</dt><dd><span class="badge" data-testid="role">${view.role ?? ''}</span></dd>
        <dt>Permissions</dt><dd><ul class="chips" data-testid="permissions">${chips}</ul></dd>
      </dl>
      <p class="muted">As JSON: <a href="/api/me"><code>/api/me</code></a></p>
    </div>
    <div class="card">
      <h2>Organizations</h2>
      ${switcher}
    </div>`,
    view.viewer ?? null,
  );
}
