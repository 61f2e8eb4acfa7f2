import { apiKeyJson } from './api-keys.js';
import { escapeHtml, layout } from './pages.js';
import type { EmulatorState } from './state.js';

const e = escapeHtml;
const list = (items: string[]) => (items.length > 0 ? items.map(e).join(', ') : '—');

function table(testId: string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p>None.</p>';
  const th = head.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('');
  return `<table data-testid="${testId}"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Redirect URIs apps have used on authorize (newest first, from the call log). */
function redirectUrisSeen(state: EmulatorState): string[] {
  const seen = state.calls
    .list({ path: '/user_management/authorize' })
    .map((call) => call.query.redirect_uri)
    .filter((uri): uri is string => typeof uri === 'string');
  return [...new Set(seen.reverse())].slice(0, 20);
}

const CONTROLS: [string, string][] = [
  ['GET /__emulator', 'settings, signing key id, pending faults'],
  ['GET /__emulator/sessions', 'sessions issued'],
  ['GET /__emulator/calls', 'calls received'],
  ['GET /__emulator/outbox', 'emailed verification and Magic Auth codes'],
  ['GET /__emulator/api-keys', 'API keys'],
  [
    'POST /__emulator/reset · /seed · /settings · /faults · /keys/rotate',
    'JSON only, from loopback hosts',
  ],
  [
    'POST /__emulator/sign-in · /impersonate · /codes · /api-keys · /totp/enroll',
    'JSON only, from loopback hosts',
  ],
];

/** The emulator's home page: what it serves, to whom, and the controls. */
export function homePage(state: EmulatorState, baseUrl: string): string {
  const { directory } = state;
  const orgName = (id: string) => directory.organizations.get(id)?.name ?? id;
  const users = [...directory.users.values()].map((user) => [
    `<code>${e(user.email)}</code>`,
    e([user.firstName, user.lastName].filter(Boolean).join(' ') || '—'),
    e(
      directory
        .activeMemberships(user.id)
        .map((m) => `${orgName(m.organizationId)} (${m.role})`)
        .join(', ') || '—',
    ),
    user.password ? 'yes' : 'no',
    user.emailVerified ? 'yes' : 'no',
    state.mfa.factorsOf(user.id).length > 0 ? 'TOTP' : '—',
  ]);
  const orgs = [...directory.organizations.values()].map((org) => [
    e(org.name),
    `<code>${e(org.id)}</code>`,
    list(org.entitlements),
    list(org.featureFlags),
    e(
      [
        org.ssoConnectionIds.length ? `SSO (${org.ssoConnectionIds.join(', ')})` : '',
        org.requireMfa ? 'MFA' : '',
      ]
        .filter(Boolean)
        .join(', ') || '—',
    ),
  ]);
  const m2m = [...state.m2mApps.values()].map((app) => [
    `<code>${e(app.clientId)}</code>`,
    e(app.name ?? '—'),
    e(app.organizationId ? orgName(app.organizationId) : '—'),
    list(app.scopes ?? []),
  ]);
  const keys = [...state.apiKeys.keys.values()].map((key) => {
    const json = apiKeyJson(key);
    return [
      e(json.name),
      e(orgName(key.organizationId)),
      `<code>${e(json.obfuscated_value)}</code>`,
      list(key.permissions),
    ];
  });
  const redirects = redirectUrisSeen(state);
  const controls = CONTROLS.map(([route, what]) => {
    const [method, path] = route.split(' ');
    const label = method === 'GET' ? `GET <a href="${e(path!)}">${e(path!)}</a>` : e(route);
    return `<li>${label}: ${e(what)}</li>`;
  }).join('');
  return layout(
    'Home',
    `<h1>AuthKit emulator</h1>
<p>A local WorkOS for the <code>@workos-inc/node</code> SDK at <code data-testid="home-url">${e(baseUrl)}</code>, issuer <code>${e(state.issuer)}</code>.</p>
<h2>Apps</h2>
<p data-testid="home-client">Client <code>${e(state.clientId)}</code>; redirect URIs on ${list(state.settings.allowedRedirectHosts)}.</p>
<p>Redirect URIs seen: ${redirects.length ? redirects.map((uri) => `<code data-testid="home-redirect">${e(uri)}</code>`).join(', ') : 'none yet'}.</p>
${table('home-m2m', ['M2M client', 'name', 'organization', 'scopes'], m2m)}
<h2>Users</h2>
${table('home-users', ['email', 'name', 'organizations', 'password', 'verified', 'MFA'], users)}
<h2>Organizations</h2>
${table('home-organizations', ['name', 'id', 'entitlements', 'feature flags', 'enforces'], orgs)}
<h2>API keys</h2>
${table('home-api-keys', ['name', 'organization', 'value', 'permissions'], keys)}
<h2>Controls</h2>
<ul data-testid="home-controls">${controls}</ul>`,
    true,
  );
}

/** A browser-facing error: the status, WorkOS's code and the reason, with a way back. */
export function errorPage(status: number, body: Record<string, unknown>): string {
  const code = String(body.error ?? body.code ?? 'error');
  const reason = String(body.error_description ?? body.message ?? 'Something went wrong.');
  return layout(
    `Error ${status}`,
    `<h1 data-testid="error-title">${status === 404 ? 'Not found' : 'The emulator refused this request'}</h1>
<p class="error" data-testid="error-reason">${e(reason)}</p>
<p>Status ${status} · code <code data-testid="error-code">${e(code)}</code></p>
<p class="switch"><a href="/">Emulator home</a></p>`,
  );
}
