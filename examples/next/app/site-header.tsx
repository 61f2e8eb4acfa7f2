import { withAuth } from '@workos/authkit-next';
import Link from 'next/link';
import { membershipsOf } from '../lib/organizations';

/** The header of every page: who is signed in, in which organization and role, and the auth links. */
export async function SiteHeader() {
  const auth = await withAuth();
  if (!auth.user) return <Header signedIn={null} />;
  const memberships = await membershipsOf(auth.user.id);
  const organization = memberships?.find((m) => m.organizationId === auth.organizationId);
  const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');
  return (
    <Header
      signedIn={{
        name: name || auth.user.email,
        organization: organization?.organizationName ?? auth.organizationId ?? 'No organization',
        role: auth.role,
      }}
    />
  );
}

function Header({
  signedIn,
}: {
  signedIn: { name: string; organization: string; role: string | undefined } | null;
}) {
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
        {signedIn ? (
          <>
            <span className="who">
              <span data-testid="header-user">{signedIn.name}</span>
              <small>
                <span data-testid="header-organization">{signedIn.organization}</span>
                {signedIn.role ? ` · ${signedIn.role}` : ''}
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
