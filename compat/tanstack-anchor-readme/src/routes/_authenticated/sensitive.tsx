import { createFileRoute } from '@tanstack/react-router';
import { checkRecentAuth } from '@workos/authkit-tanstack-start';

// Guarding a sensitive page with checkRecentAuth (data only; the page decides).
export const Route = createFileRoute('/_authenticated/sensitive')({
  loader: async () => {
    const { isStale, authenticatedAt } = await checkRecentAuth({ data: { maxAge: 300 } });
    return { isStale, authenticatedAt: authenticatedAt?.toISOString() ?? null };
  },
  component: SensitivePage,
});

function SensitivePage() {
  const { isStale, authenticatedAt } = Route.useLoaderData();
  if (isStale) {
    return (
      <a href="/api/auth/authorize" data-testid="reauthenticate">
        Sign in again
      </a>
    );
  }
  return <p data-testid="recent-auth">Authenticated at {authenticatedAt}</p>;
}
