import type { ReactNode } from 'react';
import type { Viewer } from './memberships';

/**
 * The header of every page: the app's own links (`brand`, `links`: the framework's link
 * component), then who is signed in, in which organization and role, and sign out; or sign up
 * and sign in.
 */
export function SiteHeader(props: { brand: ReactNode; links: ReactNode; viewer: Viewer | null }) {
  const { viewer } = props;
  return (
    <header className="site-header">
      {props.brand}
      <nav className="site-nav">
        {props.links}
        {viewer ? (
          <>
            <span className="who">
              <span data-testid="header-user">{viewer.name}</span>
              <small>
                <span data-testid="header-organization">{viewer.organization}</span>
                {viewer.role ? ` · ${viewer.role}` : ''}
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
