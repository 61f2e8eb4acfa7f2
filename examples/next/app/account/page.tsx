import { withAuth } from '@workos/authkit-next';
import { membershipsOf } from '../../lib/organizations';
import { ClientUser } from './client-user';

/** Protected page (the proxy sends signed-out visitors to sign-in). */
export default async function AccountPage() {
  const auth = await withAuth({ ensureSignedIn: true });
  const memberships = await membershipsOf(auth.user.id);
  const current = memberships?.find((m) => m.organizationId === auth.organizationId);
  const others = (memberships ?? []).filter((m) => m.organizationId !== auth.organizationId);
  const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');

  return (
    <>
      <div className="card">
        <h1>{name || 'Your account'}</h1>
        <dl className="details">
          <dt>Email</dt>
          <dd data-testid="user-email">{auth.user.email}</dd>
          <dt>Organization</dt>
          <dd>
            <strong data-testid="organization-name">{current?.organizationName ?? '—'}</strong>{' '}
            <code className="muted" data-testid="organization-id">
              {auth.organizationId ?? ''}
            </code>
          </dd>
          <dt>Role</dt>
          <dd>
            <span className="badge" data-testid="role">
              {auth.role ?? ''}
            </span>
          </dd>
          <dt>Permissions</dt>
          <dd>
            <ul className="chips" data-testid="permissions">
              {(auth.permissions ?? []).map((permission) => (
                <li key={permission} className="chip" data-testid="permission">
                  {permission}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        <ClientUser />
      </div>
      <div className="card">
        <h2>Organizations</h2>
        {memberships === null ? (
          <p className="muted">Your organizations could not be loaded.</p>
        ) : others.length === 0 ? (
          <p className="muted">You belong to no other organization.</p>
        ) : (
          <ul className="orgs">
            {others.map((membership) => (
              <li key={membership.organizationId}>
                <span>
                  {membership.organizationName} <span className="badge">{membership.role}</span>
                </span>
                <form className="inline" method="post" action="/switch-organization">
                  <input type="hidden" name="organizationId" value={membership.organizationId} />
                  <button type="submit" data-testid={`switch-org-${membership.organizationId}`}>
                    Switch
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
