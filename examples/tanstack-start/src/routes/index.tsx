import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/')({ component: Home });

function Home() {
  const { auth } = Route.useRouteContext();
  return (
    <div className="card">
      <h1>Welcome</h1>
      {auth.user ? (
        <p>
          Signed in as <strong data-testid="user-email">{auth.user.email}</strong>.{' '}
          <a href="/account">Your account</a>
        </p>
      ) : (
        <>
          <p className="muted">You are signed out.</p>
          <div className="actions">
            <a
              className="button primary"
              href="/login?returnPathname=%2Faccount"
              data-testid="sign-in"
            >
              Sign in
            </a>
            <a className="button" href="/signup">
              Sign up
            </a>
          </div>
        </>
      )}
    </div>
  );
}
