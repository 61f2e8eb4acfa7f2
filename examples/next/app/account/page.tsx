import { getWorkOS, withAuth } from '@workos/authkit-next';
import { ClientUser } from './client-user';

/** Protected page (the proxy sends signed-out visitors to sign-in). */
export default async function AccountPage() {
  const auth = await withAuth({ ensureSignedIn: true });
  const memberships = await getWorkOS().userManagement.listOrganizationMemberships({
    userId: auth.user.id,
    statuses: ['active'],
  });
  const otherOrganizations = memberships.data.filter(
    (membership) => membership.organizationId !== auth.organizationId,
  );

  return (
    <>
      <h1>Your account</h1>
      <dl>
        <dt>Email</dt>
        <dd data-testid="user-email">{auth.user.email}</dd>
        <dt>Organization</dt>
        <dd data-testid="organization-id">{auth.organizationId ?? ''}</dd>
        <dt>Role</dt>
        <dd data-testid="role">{auth.role ?? ''}</dd>
        <dt>Permissions</dt>
        <dd data-testid="permissions">{(auth.permissions ?? []).join(',')}</dd>
      </dl>
      <ClientUser />
      <h2>Switch organization</h2>
      {otherOrganizations.length === 0 ? <p>You belong to no other organization.</p> : null}
      {otherOrganizations.map((membership) => (
        <form key={membership.organizationId} method="post" action="/switch-organization">
          <input type="hidden" name="organizationId" value={membership.organizationId} />
          <button type="submit" data-testid={`switch-org-${membership.organizationId}`}>
            Switch to {membership.organizationName ?? membership.organizationId}
          </button>
        </form>
      ))}
      <h2>Session</h2>
      <form method="post" action="/logout">
        <button type="submit" data-testid="sign-out">
          Sign out
        </button>
      </form>
    </>
  );
}
