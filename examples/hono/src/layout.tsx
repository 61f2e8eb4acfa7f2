import type { Child } from 'hono/jsx';
import type { Viewer } from './memberships.js';

/**
 * The page shell: a header with the signed-in user, organization and role (or sign in / sign up),
 * then the page's content, in the examples' shared look (`public/authkit.css`).
 */
export function Layout(props: {
  title: string;
  email?: string | undefined;
  viewer?: Viewer | undefined;
  children: Child;
}) {
  const signedIn = Boolean(props.viewer ?? props.email);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · AuthKit + Hono`}</title>
        <link rel="stylesheet" href="/authkit.css" />
      </head>
      <body>
        <header class="site-header">
          <a class="brand" href="/">
            AuthKit + Hono
          </a>
          <nav class="site-nav">
            <a href="/account">Account</a>
            {signedIn ? (
              <>
                <span class="who">
                  <span data-testid="header-user">{props.viewer?.name ?? props.email}</span>
                  {props.viewer ? (
                    <small>
                      <span data-testid="header-organization">{props.viewer.organization}</span>
                      {props.viewer.role ? ` · ${props.viewer.role}` : ''}
                    </small>
                  ) : null}
                </span>
                <form class="inline" method="post" action="/logout">
                  <button type="submit" data-testid="sign-out">
                    Sign out
                  </button>
                </form>
              </>
            ) : (
              <>
                <a href="/signup">Sign up</a>
                <a class="button primary" href="/login" data-testid="header-sign-in">
                  Sign in
                </a>
              </>
            )}
          </nav>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}
