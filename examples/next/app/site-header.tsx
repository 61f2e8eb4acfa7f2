import { withAuth } from '@workos/authkit-next';
import Link from 'next/link';
import { membershipsOf } from '../lib/organizations';

/** The header of every page: who is signed in, in which organization and role, and the auth links. */
export async function SiteHeader() {
  const auth = await withAuth();
  const memberships = auth.user ? await membershipsOf(auth.user.id) : null;
  const organization = memberships?.find((m) => m.organizationId === auth.organizationId);
  const name = auth.user
    ? [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ') || auth.user.email
    : '';
  return (
    <header className="site-header">
      {/* No prefetch: prefetching /account while signed out would start a sign-in. */}
      <Link className="brand" href="/" prefetch={false}>
        AuthKit + Next.js
      </Link>
      <nav className="site-nav">
        <Link href="/account" prefetch={false}>
          Account
        </Link>
        {auth.user ? (
          <>
            <span className="who">
              <span data-testid="header-user">{name}</span>
              <small>
                <span data-testid="header-organization">
                  {organization?.organizationName ?? auth.organizationId ?? 'No organization'}
                </span>
                {auth.role ? <> · {auth.role}</> : null}
              </small>
            </span>
            <form className="inline" method="post" action="/logout">
              <button type="submit" data-testid="sign-out">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <a href="/signup">Sign up</a>
            <a className="button primary" href="/login" data-testid="header-sign-in">
              Sign in
            </a>
          </>
        )}
      </nav>
    </header>
  );
}
