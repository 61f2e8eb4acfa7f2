import { getSignInUrl, getSignUpUrl, signOut, withAuth } from '@workos/authkit-next';
import Link from 'next/link';

export default async function HomePage() {
  // Retrieves the user from the session or returns `null` if no user is signed in
  const { user } = await withAuth();

  if (!user) {
    // Get the URL to redirect the user to AuthKit to sign in
    const signInUrl = await getSignInUrl();
    // Get the URL to redirect the user to AuthKit to sign up
    const signUpUrl = await getSignUpUrl();

    return (
      <>
        <Link href={signInUrl} prefetch={false} data-testid="sign-in">
          Log in
        </Link>{' '}
        <Link href={signUpUrl} prefetch={false} data-testid="sign-up">
          Sign Up
        </Link>
      </>
    );
  }

  return (
    <form
      action={async () => {
        'use server';
        await signOut();
      }}
    >
      <p data-testid="welcome">Welcome back{user?.firstName && `, ${user?.firstName}`}</p>
      <button type="submit">Sign out</button>
    </form>
  );
}
