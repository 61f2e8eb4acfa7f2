import { createFileRoute } from '@tanstack/react-router';
import { getAuth } from '@workos/authkit-tanstack-react-start';

export const Route = createFileRoute('/')({
  loader: async () => {
    const { user } = await getAuth();
    return { email: user?.email ?? null };
  },
  component: Home,
});

function Home() {
  const { email } = Route.useLoaderData();
  if (!email) {
    return (
      <a href="/api/auth/sign-in" data-testid="sign-in">
        Sign in
      </a>
    );
  }
  return <p data-testid="home-user">Signed in as {email}</p>;
}
