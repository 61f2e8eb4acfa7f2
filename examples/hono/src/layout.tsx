import type { Child } from 'hono/jsx';

const STYLES = `
  :root { color-scheme: light dark; --fg: #1d1d1f; --muted: #6e6e73; --line: #e5e5ea; --card: #fff; --bg: #f5f5f7; --accent: #6363f1; }
  @media (prefers-color-scheme: dark) { :root { --fg: #f5f5f7; --muted: #a1a1a6; --line: #3a3a3c; --card: #1c1c1e; --bg: #000; } }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, sans-serif; color: var(--fg); background: var(--bg); }
  header { display: flex; align-items: center; justify-content: space-between; padding: 0.75rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--card); }
  header a { color: inherit; text-decoration: none; font-weight: 600; }
  nav { display: flex; gap: 1rem; align-items: center; }
  main { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
  .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 1.5rem; margin-bottom: 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1.5rem; margin: 0; }
  dt { color: var(--muted); }
  dd { margin: 0; word-break: break-all; }
  button, .button { font: inherit; padding: 0.45rem 0.9rem; border-radius: 8px; border: 1px solid var(--line); background: var(--card); color: var(--fg); cursor: pointer; text-decoration: none; display: inline-block; }
  .primary { background: var(--accent); border-color: var(--accent); color: #fff; }
  ul.orgs { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
  ul.orgs li { display: flex; justify-content: space-between; align-items: center; }
  form { margin: 0; }
  .card > h1:first-child, .card > h2:first-child { margin-top: 0; }
  .muted { color: var(--muted); }
`;

/** The page shell: header with navigation, then the page's content. */
export function Layout(props: { title: string; email?: string | undefined; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · AuthKit + Hono`}</title>
        <style>{STYLES}</style>
      </head>
      <body>
        <header>
          <a href="/">AuthKit + Hono</a>
          <nav>
            <a href="/account">Account</a>
            {props.email ? (
              <form method="post" action="/logout">
                <button type="submit" data-testid="sign-out">
                  Sign out
                </button>
              </form>
            ) : (
              <a class="button primary" href="/login">
                Sign in
              </a>
            )}
          </nav>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}
