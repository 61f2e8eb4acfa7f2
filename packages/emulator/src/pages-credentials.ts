import { escapeHtml } from './pages.js';

/** What the hosted page signs in to, shown at its top. */
export interface AppSummary {
  clientId: string;
  /** `host[:port]` of the redirect URI. */
  redirectHost: string;
  redirectUri: string;
  /** Notes about the request (`max_age`, provider, SSO connection, invitation). */
  notes: string[];
}

/** "Signing in to localhost:3000" with the client id and the request's notes. */
export function appBanner(app: AppSummary): string {
  const notes = app.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('');
  return `<section class="app" data-testid="signing-in-to">
  <div class="app-host">Signing in to <strong data-testid="app-host">${escapeHtml(app.redirectHost)}</strong></div>
  <div class="app-meta">client <code data-testid="app-client-id">${escapeHtml(app.clientId)}</code> · returns to <code>${escapeHtml(app.redirectUri)}</code></div>
  ${notes ? `<ul class="notes">${notes}</ul>` : ''}
</section>`;
}

const hidden = (requestId: string, action: string) =>
  `<input type="hidden" name="request_id" value="${escapeHtml(requestId)}">
  <input type="hidden" name="action" value="${escapeHtml(action)}">`;

/** Email + password (users seeded or created with a password) and the Magic Auth entry point. */
export function credentialForms(requestId: string, email = ''): string {
  return `<h2>With a password</h2>
<form class="signup" method="post" action="/user_management/authorize/complete" data-testid="password-form">
  ${hidden(requestId, 'password')}
  <label for="password-email">Email</label>
  <input id="password-email" name="email" type="email" required value="${escapeHtml(email)}" data-testid="password-email">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" required data-testid="password-input">
  <button type="submit" data-testid="password-submit">Sign in with password</button>
</form>
<h2>With a one-time code (Magic Auth)</h2>
<form class="signup" method="post" action="/user_management/authorize/complete" data-testid="magic-auth-form">
  ${hidden(requestId, 'magic-send')}
  <label for="magic-email">Email</label>
  <input id="magic-email" name="email" type="email" required value="${escapeHtml(email)}" data-testid="magic-auth-email">
  <button type="submit" data-testid="magic-auth-send">Email me a code</button>
</form>`;
}

/** The second Magic Auth step: the code "sent" to the email (readable in the emulator's outbox). */
export function magicCodeForm(requestId: string, email: string): string {
  return `<h1>Check your email</h1>
<p>A six-digit code was sent to <strong>${escapeHtml(email)}</strong>. Nothing is mailed: read it in the
emulator's <a href="/__emulator/outbox?to=${encodeURIComponent(email)}" data-testid="outbox-link">outbox</a>.</p>
<form class="signup" method="post" action="/user_management/authorize/complete" data-testid="magic-code-form">
  ${hidden(requestId, 'magic-verify')}
  <input type="hidden" name="email" value="${escapeHtml(email)}">
  <label for="magic-code">Code</label>
  <input id="magic-code" name="code" inputmode="numeric" autocomplete="one-time-code" required data-testid="magic-auth-code">
  <button type="submit" data-testid="magic-auth-verify">Sign in</button>
</form>`;
}
