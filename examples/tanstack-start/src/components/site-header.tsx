import { Link } from '@tanstack/react-router';
import type { Membership } from '../server/organizations';

/** What the header needs to know about the session. */
export interface HeaderAuth {
  user?: { email: string; firstName?: string | null; lastName?: string | null } | null;
  organizationId?: string | undefined;
  role?: string | undefined;
}

/** The header of every page: who is signed in, in which organization and role, and the auth links. */
export function SiteHeader({ auth, memberships }: { auth: HeaderAuth; memberships: Membership[] }) {
  const user = auth.user;
  const organization = memberships.find((m) => m.organizationId === auth.organizationId);
  const name = user ? [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email : '';
  return (
    <header className="site-header">
      <Link className="brand" to="/">
        AuthKit + TanStack Start
      </Link>
      <nav className="site-nav">
        <Link to="/account">Account</Link>
        <Link to="/hooks">Client hooks</Link>
        {user ? (
          <>
            <span className="who">
              <span data-testid="header-user">{name}</span>
              <small>
                <span data-testid="header-organization">
                  {organization?.organizationName ?? auth.organizationId ?? 'No organization'}
                </span>
                {auth.role ? ` · ${auth.role}` : ''}
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

/** The 404 page. */
export function NotFound() {
  return (
    <div className="card">
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <div className="actions">
        <a className="button primary" href="/">
          Home
        </a>
        <a className="button" href="/account">
          Your account
        </a>
      </div>
    </div>
  );
}
