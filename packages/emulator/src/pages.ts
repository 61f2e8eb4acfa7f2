import type { OrganizationRecord, UserRecord } from './directory.js';

/** The characters `escapeHtml` replaces and their entities (`&` first). */
export const HTML_ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
];

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return HTML_ENTITIES.reduce((text, [char, entity]) => text.replaceAll(char, entity), value);
}

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1f2328; margin: 0; }
  main { max-width: 30rem; margin: 3rem auto; background: #fff; border-radius: 12px; padding: 2rem;
    box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
  .banner { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 8px; padding: .5rem .75rem;
    font-size: .85rem; margin-bottom: 1.5rem; }
  form.user { display: flex; gap: .75rem; align-items: center; border: 1px solid #d8dee4;
    border-radius: 8px; padding: .75rem; margin: .75rem 0; }
  form.user .who { flex: 1; } .email { color: #57606a; font-size: .85rem; }
  button { background: #4f46e5; color: #fff; border: 0; border-radius: 6px; padding: .5rem .9rem;
    font-size: .9rem; cursor: pointer; }
  label { display: block; margin: .75rem 0 .25rem; font-size: .9rem; }
  input, select { font: inherit; padding: .4rem; border: 1px solid #d0d7de; border-radius: 6px; }
  form.signup input, form.signup select { width: 100%; box-sizing: border-box; }
  form.signup button { margin-top: 1rem; width: 100%; }
  .error { color: #b42318; background: #fef3f2; border-radius: 6px; padding: .5rem .75rem; }
  .switch { margin-top: 1.5rem; font-size: .9rem; }
  h2 { font-size: 1rem; margin: 1.75rem 0 .25rem; }
  .app { border: 1px solid #d8dee4; border-radius: 8px; padding: .75rem; margin-bottom: 1.25rem; }
  .app-meta { color: #57606a; font-size: .8rem; margin-top: .25rem; word-break: break-all; }
  .notes { margin: .5rem 0 0; padding-left: 1.1rem; font-size: .85rem; }
  code { font-size: .8rem; }
  table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0; }
  th, td { text-align: left; border-bottom: 1px solid #e5e7eb; padding: .35rem .4rem; vertical-align: top; }
  main.wide { max-width: 60rem; }`;

/** The page frame every emulator page shares (banner, styles). */
export function layout(title: string, body: string, wide = false): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · AuthKit emulator</title><style>${STYLE}</style></head>
<body><main${wide ? ' class="wide"' : ''}>
<div class="banner" data-testid="emulator-banner">AuthKit emulator: for local development and tests only. Not WorkOS.</div>
${body}
</main></body></html>`;
}

/** A user the sign-in page lists, with the organizations they can sign in to. */
export interface ListedUser {
  user: UserRecord;
  organizations: { organization: OrganizationRecord; role: string }[];
}

const displayName = (user: UserRecord) =>
  [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email;

function organizationField(entry: ListedUser, preselected: string | null): string {
  const { organizations, user } = entry;
  if (organizations.length <= 1) {
    const only = organizations[0];
    return only
      ? `<input type="hidden" name="organization_id" value="${escapeHtml(only.organization.id)}">`
      : '';
  }
  const options = organizations
    .map(({ organization, role }) => {
      const selected = organization.id === preselected ? ' selected' : '';
      return `<option value="${escapeHtml(organization.id)}"${selected}>${escapeHtml(organization.name)} (${escapeHtml(role)})</option>`;
    })
    .join('');
  return `<select name="organization_id" aria-label="Organization for ${escapeHtml(user.email)}" data-testid="organization-for-${escapeHtml(user.email)}">${options}</select>`;
}

/** The hosted sign-in page: one form per seeded user (with an organization picker when needed). */
export function signInPage(options: {
  requestId: string;
  users: ListedUser[];
  preselectedOrganizationId: string | null;
  signUpHref: string;
  /** The app banner and the password / Magic Auth forms. */
  header?: string;
  credentials?: string;
  error?: string;
}): string {
  const forms = options.users
    .map((entry) => {
      const email = escapeHtml(entry.user.email);
      return `<form class="user" method="post" action="/user_management/authorize/complete" data-testid="user-${email}">
  <input type="hidden" name="request_id" value="${escapeHtml(options.requestId)}">
  <input type="hidden" name="action" value="sign-in">
  <input type="hidden" name="user_id" value="${escapeHtml(entry.user.id)}">
  <div class="who"><div>${escapeHtml(displayName(entry.user))}</div><div class="email">${email}</div></div>
  ${organizationField(entry, options.preselectedOrganizationId)}
  <button type="submit" data-testid="sign-in-as-${email}">Sign in</button>
</form>`;
    })
    .join('\n');
  const error = options.error
    ? `<p class="error" data-testid="sign-in-error">${escapeHtml(options.error)}</p>`
    : '';
  const empty =
    options.users.length === 0 ? '<p>No users are seeded. Sign up to create one.</p>' : '';
  return layout(
    'Sign in',
    `${options.header ?? ''}<h1>Sign in</h1><p>Choose a seeded user.</p>${error}${empty}
${forms}
${options.credentials ?? ''}
<p class="switch">New here? <a href="${escapeHtml(options.signUpHref)}" data-testid="go-to-sign-up">Create an account</a></p>`,
  );
}

/** The hosted sign-up page: email, names and an optional organization to join as `member`. */
export function signUpPage(options: {
  requestId: string;
  organizations: OrganizationRecord[];
  signInHref: string;
  header?: string;
  email?: string;
  error?: string;
}): string {
  const orgOptions = options.organizations
    .map((org) => `<option value="${escapeHtml(org.id)}">${escapeHtml(org.name)}</option>`)
    .join('');
  const error = options.error
    ? `<p class="error" data-testid="sign-up-error">${escapeHtml(options.error)}</p>`
    : '';
  return layout(
    'Sign up',
    `${options.header ?? ''}<h1>Create an account</h1>${error}
<form class="signup" method="post" action="/user_management/authorize/complete" data-testid="sign-up-form">
  <input type="hidden" name="request_id" value="${escapeHtml(options.requestId)}">
  <input type="hidden" name="action" value="sign-up">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" required value="${escapeHtml(options.email ?? '')}" data-testid="sign-up-email">
  <label for="first_name">First name</label>
  <input id="first_name" name="first_name" data-testid="sign-up-first-name">
  <label for="last_name">Last name</label>
  <input id="last_name" name="last_name" data-testid="sign-up-last-name">
  <label for="organization_id">Join organization (as member)</label>
  <select id="organization_id" name="organization_id" data-testid="sign-up-organization">${orgOptions}<option value="">No organization</option></select>
  <button type="submit" data-testid="sign-up-submit">Sign up</button>
</form>
<p class="switch">Already have an account? <a href="${escapeHtml(options.signInHref)}" data-testid="go-to-sign-in">Sign in</a></p>`,
  );
}
