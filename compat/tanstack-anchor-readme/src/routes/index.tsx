import { createFileRoute } from '@tanstack/react-router';
import { getAuth } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/')({
  loader: async () => {
    const { user } = await getAuth();
    return { user };
  },
  component: HomePage,
});

function HomePage() {
  const { user } = Route.useLoaderData();

  if (!user) {
    return (
      <a href="/api/auth/sign-in" data-testid="sign-in">
        Sign In with AuthKit
      </a>
    );
  }

  return <div data-testid="welcome">Welcome, {user.firstName}!</div>;
}
