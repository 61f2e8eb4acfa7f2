import { html } from './html.js';
import { layout } from './layout.js';
import { signOutButton } from './sign-out-button.js';

/** What the home page needs to know about the visitor. */
export interface HomeView {
  email: string | null;
}

/** The public home page: who is signed in, or links to sign in and sign up. */
export function homePage({ email }: HomeView): string {
  const body =
    email === null
      ? html`<p>You are signed out.</p>
      <p>
        <a href="/login" data-testid="sign-in">Sign in</a> or
        <a href="/signup" data-testid="sign-up">create an account</a>.
      </p>`
      : html`<p>Signed in as <strong data-testid="user-email">${email}</strong>.</p>
      <p><a href="/account">Your account</a> ${signOutButton()}</p>`;
  return layout('Home', html`<h1>Welcome</h1>${body}`);
}
