import { html } from './html.js';
import { layout } from './layout.js';

/** What went wrong, as shown to the user. */
export interface ErrorView {
  /** Heading of the page; default "Sign-in failed". */
  title?: string;
  code: string;
  message: string;
}

/** An auth error page: the stable error code (for support and tests) and a way back. */
export function errorPage({ title = 'Sign-in failed', code, message }: ErrorView): string {
  return layout(
    title,
    html`<h1>${title}</h1>
      <div class="error" data-testid="auth-error">
        <p><code>${code}</code></p>
        <p>${message}</p>
      </div>
      <p><a href="/login">Try signing in again</a> or go <a href="/">home</a>.</p>`,
  );
}
