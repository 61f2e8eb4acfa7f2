import { html } from './html.js';
import { layout } from './layout.js';

/** What went wrong, as shown to the user. */
export interface ErrorView {
  code: string;
  message: string;
}

/** The sign-in error page: the stable error code (for support and tests) and a way back. */
export function errorPage({ code, message }: ErrorView): string {
  return layout(
    'Sign-in failed',
    html`<h1>Sign-in failed</h1>
      <div class="error" data-testid="auth-error">
        <p><code>${code}</code></p>
        <p>${message}</p>
      </div>
      <p><a href="/login">Try signing in again</a> or go <a href="/">home</a>.</p>`,
  );
}
