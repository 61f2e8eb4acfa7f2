import { withAuth } from '@workos/authkit-next';

/** Public home page: who is signed in, or sign in / sign up. */
export default async function HomePage() {
  const { user } = await withAuth();
  return (
    <div className="card">
      <h1>Welcome</h1>
      {user ? (
        <p>
          Signed in as <strong data-testid="user-email">{user.email}</strong>.{' '}
          <a href="/account">Your account</a>
        </p>
      ) : (
        <>
          <p className="muted">You are signed out.</p>
          <div className="actions">
            <a
              className="button primary"
              href="/login?returnPathname=/account"
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
