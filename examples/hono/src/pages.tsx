import type { SignedInAuth } from '@workos/authkit-session';
import { explainAuthProblem } from '@workos/authkit-session/adapter';
import type { Child } from 'hono/jsx';
import { Layout } from './layout.js';
import { fullName, type Membership, type Viewer } from './memberships.js';

/** The public home page. */
export function HomePage(props: { email: string | undefined; viewer?: Viewer | undefined }) {
  return (
    <Layout title="Home" email={props.email} viewer={props.viewer}>
      <div class="card">
        <h1>Welcome</h1>
        {props.email ? (
          <p>
            Signed in as <strong data-testid="user-email">{props.email}</strong>.{' '}
            <a href="/account">Your account</a>
          </p>
        ) : (
          <>
            <p class="muted">You are signed out.</p>
            <div class="actions">
              <a class="button primary" href="/login?returnPathname=/account" data-testid="sign-in">
                Sign in
              </a>
              <a class="button" href="/signup">
                Sign up
              </a>
            </div>
          </>
        )}
      </div>
    </Layout>
  );
}

/** The protected account page: user, organization, role, permissions, organization switcher. */
export function AccountPage(props: {
  auth: SignedInAuth;
  organizations: Membership[];
  viewer: Viewer;
}) {
  const { auth } = props;
  const current = props.organizations.find((m) => m.organizationId === auth.organizationId);
  const others = props.organizations.filter((m) => m.organizationId !== auth.organizationId);
  const details: [label: string, value: Child, testId?: string][] = [
    ['Email', auth.user.email, 'user-email'],
    [
      'Organization',
      <>
        <strong data-testid="organization-name">{current?.organizationName ?? '—'}</strong>{' '}
        <code class="muted" data-testid="organization-id">
          {auth.organizationId ?? ''}
        </code>
      </>,
    ],
    [
      'Role',
      <span class="badge" data-testid="role">
        {auth.role ?? ''}
      </span>,
    ],
    [
      'Permissions',
      <ul class="chips" data-testid="permissions">
        {(auth.permissions ?? []).map((permission) => (
          <li class="chip" data-testid="permission">
            {permission}
          </li>
        ))}
      </ul>,
    ],
  ];
  return (
    <Layout title="Account" viewer={props.viewer}>
      <div class="card">
        <h1>{fullName(auth.user) || 'Your account'}</h1>
        <dl class="details">
          {details.map(([label, value, testId]) => (
            <>
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </>
          ))}
        </dl>
      </div>
      <div class="card">
        <h2>Organizations</h2>
        {others.length === 0 ? (
          <p class="muted">You belong to no other organization.</p>
        ) : (
          <ul class="orgs">
            {others.map((org) => (
              <li>
                <span>{org.organizationName}</span>
                <form class="inline" method="post" action="/switch-organization">
                  <input type="hidden" name="organizationId" value={org.organizationId} />
                  <input type="hidden" name="returnPathname" value="/account" />
                  <button type="submit" data-testid={`switch-org-${org.organizationId}`}>
                    Switch
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

/** The page shown when sign-in fails: what happened, the code in `[data-testid=auth-error]`, a retry. */
export function AuthErrorPage(props: { code: string }) {
  return (
    <Layout title="Sign-in didn’t complete">
      <div class="card problem">
        <h1>Sign-in didn’t complete</h1>
        <p>{explainAuthProblem(props.code)}</p>
        <p class="muted">
          Error code:{' '}
          <code class="code" data-testid="auth-error">
            {props.code}
          </code>
        </p>
        <div class="actions">
          <a class="button primary" href="/login" data-testid="retry-sign-in">
            Try signing in again
          </a>
          <a class="button" href="/">
            Home
          </a>
        </div>
      </div>
    </Layout>
  );
}

/** The 404 page. */
export function NotFoundPage(props: { email: string | undefined }) {
  return (
    <Layout title="Page not found" email={props.email}>
      <div class="card">
        <h1>Page not found</h1>
        <p class="muted">There is nothing at this address.</p>
        <div class="actions">
          <a class="button primary" href="/">
            Home
          </a>
          <a class="button" href="/account">
            Your account
          </a>
        </div>
      </div>
    </Layout>
  );
}
