import type { Viewer } from '../memberships.js';
import type { SafeHtml } from './html.js';
import { html } from './html.js';
import { signOutButton } from './sign-out-button.js';

function headerNav(viewer: Viewer | null): SafeHtml {
  if (!viewer) {
    return html`<a href="/signup">Sign up</a>
        <a class="button primary" href="/login" data-testid="header-sign-in">Sign in</a>`;
  }
  return html`<span class="who"><span data-testid="header-user">${viewer.name}</span>
          <small><span data-testid="header-organization">${viewer.organization}</span>${viewer.role ? ` · ${viewer.role}` : ''}</small></span>
        ${signOutButton()}`;
}

/**
 * Wraps page content in the shared document shell: title, the examples' stylesheet
 * (`public/authkit.css`), and a header with the signed-in user, organization and role (or sign in).
 */
export function layout(title: string, content: SafeHtml, viewer: Viewer | null = null): string {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · AuthKit + Express</title>
    <link rel="stylesheet" href="/authkit.css" />
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="/">AuthKit + Express</a>
      <nav class="site-nav">
        <a href="/account">Account</a>
        ${headerNav(viewer)}
      </nav>
    </header>
    <main>${content}</main>
  </body>
</html>
`.toString();
}
