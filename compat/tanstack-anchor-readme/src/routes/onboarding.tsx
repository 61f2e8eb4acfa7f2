import { createFileRoute } from '@tanstack/react-router';
import { getAuth } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/onboarding')({
  loader: async () => {
    const { user } = await getAuth();
    return { email: user?.email ?? null };
  },
  component: () => <p data-testid="onboarding">Onboarding {Route.useLoaderData().email}</p>,
});
