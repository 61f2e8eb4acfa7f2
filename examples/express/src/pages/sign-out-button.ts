import { html, type SafeHtml } from './html.js';

/** A POST form that signs the user out (a link would let any page sign visitors out). */
export function signOutButton(): SafeHtml {
  return html`<form class="inline" method="post" action="/logout">
        <button type="submit" data-testid="sign-out">Sign out</button>
      </form>`;
}
