import { createFileRoute, redirect } from '@tanstack/react-router';
import { listMyOrganizations } from '../server/organizations';
import { AccountCards } from '../shared/pages';

export const Route = createFileRoute('/account')({
  beforeLoad: ({ context }) => {
    if (!context.auth.user) throw redirect({ href: '/login?returnPathname=%2Faccount' });
    return { auth: context.auth };
  },
  loader: () => listMyOrganizations(),
  component: Account,
});

function Account() {
  const { auth } = Route.useRouteContext();
  return <AccountCards auth={auth} memberships={Route.useLoaderData()} />;
}
