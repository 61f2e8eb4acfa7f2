import type { SignedInAuth } from '@workos/authkit-session';
import { explainAuthProblem } from '@workos/authkit-session/adapter';
import { Layout } from './layout.js';
import type { OrganizationChoice } from './organizations.js';
import type { Viewer } from './viewer.js';

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
          <div class="actions">
            <a class="button primary" href="/login?returnPathname=/account" data-testid="sign-in">
              Sign in
            </a>
            <a class="button" href="/signup">
              Sign up
            </a>
          </div>
        )}
      </div>
    </Layout>
  );
}

/** The protected account page: user, organization, role, permissions, organization switcher. */
export function AccountPage(props: {
  auth: SignedInAuth;
  organizations: OrganizationChoice[];
  viewer: Viewer;
}) {
  const { auth } = props;
  const current = props.organizations.find((org) => org.id === auth.organizationId);
  const others = props.organizations.filter((org) => org.id !== auth.organizationId);
  const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');
  return (
    <Layout title="Account" viewer={props.viewer}>
      <div class="card">
        <h1>{name || 'Your account'}</h1>
        <dl class="details">
          <dt>Email</dt>
          <dd data-testid="user-email">{auth.user.email}</dd>
          <dt>Organization</dt>
          <dd>
            <strong data-testid="organization-name">{current?.name ?? '—'}</strong>{' '}
            <code class="muted" data-testid="organization-id">
              {auth.organizationId ?? ''}
            </code>
          </dd>
          <dt>Role</dt>
          <dd>
            <span class="badge" data-testid="role">
              {auth.role ?? ''}
            </span>
          </dd>
          <dt>Permissions</dt>
          <dd>
            <ul class="chips" data-testid="permissions">
              {(auth.permissions ?? []).map((permission) => (
                <li class="chip" data-testid="permission">
                  {permission}
                </li>
              ))}
            </ul>
          </dd>
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
                <span>{org.name}</span>
                <form class="inline" method="post" action="/switch-organization">
                  <input type="hidden" name="organizationId" value={org.id} />
                  <input type="hidden" name="returnPathname" value="/account" />
                  <button type="submit" data-testid={`switch-org-${org.id}`}>
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
