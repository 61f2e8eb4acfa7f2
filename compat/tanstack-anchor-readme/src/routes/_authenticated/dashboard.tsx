import { createFileRoute } from '@tanstack/react-router';
import { getAuth } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/_authenticated/dashboard')({
  loader: async () => {
    const { user, organizationId, role } = await getAuth();
    return { user, organizationId, role };
  },
  component: DashboardPage,
});

function DashboardPage() {
  const { user, organizationId, role } = Route.useLoaderData();
  return (
    <main>
      <div data-testid="user-email">{user?.email}</div>
      <div data-testid="organization-id">{organizationId}</div>
      <div data-testid="role">{role}</div>
      <a href="/logout" data-testid="sign-out">
        Sign out
      </a>
    </main>
  );
}
