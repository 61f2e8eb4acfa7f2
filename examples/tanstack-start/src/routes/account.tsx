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
  const others = memberships.filter((m) => m.organizationId !== current);
  return (
    <section>
      <h1>Account</h1>
      <dl>
        <dt>Email</dt>
        <dd data-testid="user-email">{user.email}</dd>
        <dt>Organization</dt>
        <dd data-testid="organization-id">{current ?? ''}</dd>
        <dt>Role</dt>
        <dd data-testid="role">{auth.user ? (auth.role ?? '') : ''}</dd>
        <dt>Permissions</dt>
        <dd data-testid="permissions">{auth.user ? (auth.permissions ?? []).join(',') : ''}</dd>
      </dl>
      <h2>Switch organization</h2>
      {others.length === 0 && <p>You belong to no other organization.</p>}
      {others.map((m) => (
        <form key={m.organizationId} method="post" action="/switch-organization">
          <input type="hidden" name="organizationId" value={m.organizationId} />
          <button type="submit" data-testid={`switch-org-${m.organizationId}`}>
            Switch to {m.organizationName} ({m.role})
          </button>
        </form>
      ))}
      <form method="post" action="/logout">
        <button type="submit" data-testid="sign-out">
          Sign out
        </button>
      </form>
    </section>
  );
}
