import { explainAuthProblem } from '@workos/authkit-session/adapter';
import { html } from './html.js';
import { layout } from './layout.js';

/** What went wrong, as shown to the user. */
export interface ErrorView {
  /** Heading of the page; default "Sign-in didn’t complete". */
  title?: string;
  code: string;
  /** What happened; by default the explanation of `code` for the person signing in. */
  message?: string;
}

/** An auth error page: what happened, the stable error code (for support and tests) and a retry. */
export function errorPage({ title = 'Sign-in didn’t complete', code, message }: ErrorView): string {
  return layout(
    title,
    html`<div class="card problem">
      <h1>${title}</h1>
      <p>${message ?? explainAuthProblem(code)}</p>
      <p class="muted">Error code: <code class="code" data-testid="auth-error">${code}</code></p>
      <div class="actions">
        <a class="button primary" href="/login" data-testid="retry-sign-in">Try signing in again</a>
        <a class="button" href="/">Home</a>
      </div>
    </div>`,
  );
}

/** The 404 page. */
export function notFoundPage(): string {
  return layout(
    'Page not found',
    html`<div class="card">
      <h1>Page not found</h1>
      <p class="muted">There is nothing at this address.</p>
      <div class="actions">
        <a class="button primary" href="/">Home</a>
        <a class="button" href="/account">Your account</a>
      </div>
    </div>`,
  );
}
