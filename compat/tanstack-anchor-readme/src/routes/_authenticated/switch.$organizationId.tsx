import { createFileRoute } from '@tanstack/react-router';
import { switchToOrganization } from '@workos/authkit-tanstack-start';

// The README's server-side organization switch, in a loader.
export const Route = createFileRoute('/_authenticated/switch/$organizationId')({
  loader: async ({ params }) => {
    const auth = await switchToOrganization({
      data: { organizationId: params.organizationId, returnTo: '/dashboard' },
    });
    return { organizationId: auth.organizationId, role: auth.role };
  },
  component: SwitchedPage,
});

function SwitchedPage() {
  const { organizationId, role } = Route.useLoaderData();
  return (
    <main>
      <div data-testid="switched-organization-id">{organizationId}</div>
      <div data-testid="switched-role">{role}</div>
    </main>
  );
}
