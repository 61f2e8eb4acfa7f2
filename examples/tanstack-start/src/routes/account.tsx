import { createFileRoute, redirect } from '@tanstack/react-router';
import { listMyOrganizations } from '../server/organizations';

export const Route = createFileRoute('/account')({
  beforeLoad: ({ context }) => {
    if (!context.auth.user) throw redirect({ href: '/login?returnPathname=%2Faccount' });
    return { user: context.auth.user, auth: context.auth };
  },
  loader: () => listMyOrganizations(),
  component: Account,
});

function Account() {
  const { auth, user } = Route.useRouteContext();
  const memberships = Route.useLoaderData();
  const current = auth.user ? auth.organizationId : undefined;
  const currentName = memberships.find((m) => m.organizationId === current)?.organizationName;
  const others = memberships.filter((m) => m.organizationId !== current);
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return (
    <>
      <div className="card">
        <h1>{name || 'Your account'}</h1>
        <dl className="details">
          <dt>Email</dt>
          <dd data-testid="user-email">{user.email}</dd>
          <dt>Organization</dt>
          <dd>
            <strong data-testid="organization-name">{currentName ?? '—'}</strong>{' '}
            <code className="muted" data-testid="organization-id">
              {current ?? ''}
            </code>
          </dd>
          <dt>Role</dt>
          <dd>
            <span className="badge" data-testid="role">
              {auth.user ? (auth.role ?? '') : ''}
            </span>
          </dd>
          <dt>Permissions</dt>
          <dd>
            <ul className="chips" data-testid="permissions">
              {(auth.user ? (auth.permissions ?? []) : []).map((permission) => (
                <li key={permission} className="chip" data-testid="permission">
                  {permission}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </div>
      <div className="card">
        <h2>Organizations</h2>
        {others.length === 0 ? (
          <p className="muted">You belong to no other organization.</p>
        ) : (
          <ul className="orgs">
            {others.map((m) => (
              <li key={m.organizationId}>
                <span>
                  {m.organizationName} <span className="badge">{m.role}</span>
                </span>
                <form className="inline" method="post" action="/switch-organization">
                  <input type="hidden" name="organizationId" value={m.organizationId} />
                  <button type="submit" data-testid={`switch-org-${m.organizationId}`}>
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
