import type { Viewer } from '../memberships.js';
import { html } from './html.js';
import { layout } from './layout.js';

/** What the home page needs to know about the visitor. */
export interface HomeView {
  email: string | null;
  viewer?: Viewer | null;
}

/** The public home page: who is signed in, or links to sign in and sign up. */
export function homePage({ email, viewer = null }: HomeView): string {
  const body =
    email === null
      ? html`<p class="muted">You are signed out.</p>
      <div class="actions">
        <a class="button primary" href="/login?returnPathname=%2Faccount" data-testid="sign-in">Sign in</a>
        <a class="button" href="/signup" data-testid="sign-up">Sign up</a>
      </div>`
      : html`<p>Signed in as <strong data-testid="user-email">${email}</strong>.
        <a href="/account">Your account</a></p>`;
  return layout('Home', html`<div class="card"><h1>Welcome</h1>${body}</div>`, viewer);
}
