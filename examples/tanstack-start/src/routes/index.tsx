import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/')({ component: Home });

function Home() {
  const { auth } = Route.useRouteContext();
  return (
    <section>
      <h1>AuthKit for TanStack Start</h1>
      {auth.user ? (
        <p>
          Signed in as <strong data-testid="user-email">{auth.user.email}</strong>.{' '}
          <a href="/account">Your account</a>
        </p>
      ) : (
        <p>
          <a href="/login" data-testid="sign-in">
            Sign in
          </a>{' '}
          or <a href="/signup">sign up</a>.
        </p>
      )}
    </section>
  );
}
