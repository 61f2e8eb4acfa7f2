import { html } from './html.js';
import { layout } from './layout.js';
import { signOutButton } from './sign-out-button.js';

/** An organization the user can switch to. */
export interface OrganizationChoice {
  id: string;
  name: string;
}

/** What the account page shows about the signed-in user. */
export interface AccountView {
  email: string;
  name: string | null;
  organizationId: string | null;
  role: string | null;
  permissions: string[];
  /** The user's other organizations, or `null` when they could not be loaded. */
  otherOrganizations: OrganizationChoice[] | null;
}

/** The protected account page: user, organization, role, permissions and organization switcher. */
export function accountPage(view: AccountView): string {
  const switcher =
    view.otherOrganizations === null
      ? html`<p>Your other organizations could not be loaded right now.</p>`
      : view.otherOrganizations.length === 0
        ? html`<p>You belong to no other organization.</p>`
        : view.otherOrganizations.map(
            (org) => html`
      <form method="post" action="/switch-organization">
        <input type="hidden" name="organizationId" value="${org.id}" />
        <button type="submit" data-testid="switch-org-${org.id}">Switch to ${org.name}</button>
      </form>`,
          );
  return layout(
    'Account',
    html`<h1>Your account</h1>
      <dl>
        <dt>Email</dt><dd data-testid="user-email">${view.email}</dd>
        <dt>Name</dt><dd>${view.name ?? '—'}</dd>
        <dt>Organization</dt><dd data-testid="organization-id">${view.organizationId ?? ''}</dd>
        <dt>Role</dt><dd data-testid="role">${view.role ?? ''}</dd>
        <dt>Permissions</dt><dd data-testid="permissions">${view.permissions.join(',')}</dd>
      </dl>
      <h2>Switch organization</h2>
      ${switcher}
      <h2>Session</h2>
      <p>${signOutButton()} <a href="/api/me">View <code>/api/me</code></a></p>`,
  );
}
