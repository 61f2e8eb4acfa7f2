import { withAuth } from '@workos/authkit-next';

/** Public home page: who is signed in, or links to sign in / sign up. */
export default async function HomePage() {
  const { user } = await withAuth();
  if (!user) {
    return (
      <>
        <h1>AuthKit + Next.js</h1>
        <p>You are signed out.</p>
        <p>
          <a href="/login" data-testid="sign-in">
            Sign in
          </a>{' '}
          or <a href="/signup">sign up</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>AuthKit + Next.js</h1>
      <p>
        Signed in as <span data-testid="user-email">{user.email}</span>.{' '}
        <a href="/account">Your account</a>
      </p>
      <form method="post" action="/logout">
        <button type="submit">Sign out</button>
      </form>
    </>
  );
}
