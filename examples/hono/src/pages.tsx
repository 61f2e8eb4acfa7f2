import type { SignedInAuth } from '@workos/authkit-session';
import { Layout } from './layout.js';
import type { OrganizationChoice } from './organizations.js';

/** The public home page. */
export function HomePage(props: { email: string | undefined }) {
  return (
    <Layout title="Home" email={props.email}>
      <div class="card">
        <h1>Welcome</h1>
        {props.email ? (
          <p>
            Signed in as <strong data-testid="user-email">{props.email}</strong>.{' '}
            <a href="/account">Your account</a>
          </p>
        ) : (
          <p>
            <a class="button primary" href="/login?returnPathname=/account">
              Sign in
            </a>{' '}
            <a class="button" href="/signup">
              Sign up
            </a>
          </p>
        )}
      </div>
    </Layout>
  );
}

/** The protected account page: user, organization, role, permissions, switch and sign out. */
export function AccountPage(props: { auth: SignedInAuth; organizations: OrganizationChoice[] }) {
  const { auth } = props;
  const current = props.organizations.find((org) => org.id === auth.organizationId);
  const others = props.organizations.filter((org) => org.id !== auth.organizationId);
  const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');
  return (
    <Layout title="Account" email={auth.user.email}>
      <div class="card">
        <h1>{name || 'Your account'}</h1>
        <dl>
          <dt>Email</dt>
          <dd data-testid="user-email">{auth.user.email}</dd>
          <dt>Organization</dt>
          <dd>
            {current ? `${current.name} · ` : ''}
            <code data-testid="organization-id">{auth.organizationId ?? ''}</code>
          </dd>
          <dt>Role</dt>
          <dd data-testid="role">{auth.role ?? ''}</dd>
          <dt>Permissions</dt>
          <dd data-testid="permissions">{(auth.permissions ?? []).join(',')}</dd>
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
                <form method="post" action="/switch-organization">
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

/** The page shown when sign-in fails: the error code in `[data-testid=auth-error]`. */
export function AuthErrorPage(props: { code: string; message: string }) {
  return (
    <Layout title="Sign-in failed">
      <div class="card">
        <h1>Sign-in failed</h1>
        <p>
          <code data-testid="auth-error">{props.code}</code>
        </p>
        <p>{props.message}</p>
        <p>
          <a class="button primary" href="/login">
            Try again
          </a>
        </p>
      </div>
    </Layout>
  );
}
