import { createFileRoute, redirect } from '@tanstack/react-router';
import { getAuth } from '@workos/authkit-tanstack-react-start';
import { useAuth } from '@workos/authkit-tanstack-react-start/client';

export const Route = createFileRoute('/account')({
  loader: async ({ location }) => {
    const { user } = await getAuth();
    if (!user) {
      const returnPathname = encodeURIComponent(location.pathname);
      throw redirect({ href: `/api/auth/sign-in?returnPathname=${returnPathname}` });
    }
    return { user };
  },
  component: Account,
});

function Account() {
  const { user } = Route.useLoaderData();
  return (
    <section>
      <h1>Account</h1>
      <p data-testid="user-email">{user.email}</p>
      <ClientUser />
    </section>
  );
}

/** The user as the client hook sees it, and the hook's sign-out (both go through server functions). */
function ClientUser() {
  const { user, loading, signOut } = useAuth();
  if (loading) return null;
  return (
    <>
      <p data-testid="client-user-email">{user?.email ?? 'nobody'}</p>
      <button
        type="button"
        data-testid="sign-out"
        onClick={() => signOut({ returnTo: `${window.location.origin}/` })}
      >
        Sign out
      </button>
    </>
  );
}
