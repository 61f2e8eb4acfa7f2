import type { ReactNode } from 'react';
import { fullName, type Membership, type SessionView } from './memberships';

/** The public home page: who is signed in, or sign in / sign up. */
export function HomeCard(props: { email: string | undefined }) {
  return (
    <div className="card">
      <h1>Welcome</h1>
      {props.email ? (
        <p>
          Signed in as <strong data-testid="user-email">{props.email}</strong>.{' '}
          <a href="/account">Your account</a>
        </p>
      ) : (
        <>
          <p className="muted">You are signed out.</p>
          <div className="actions">
            <a
              className="button primary"
              href="/login?returnPathname=%2Faccount"
              data-testid="sign-in"
            >
              Sign in
            </a>
            <a className="button" href="/signup">
              Sign up
            </a>
          </div>
        </>
      )}
    </div>
  );
}

/**
 * The account page: the user, organization, role and permissions (then `children`), and a form
 * to switch to each other organization (`memberships` is `null` when they could not be loaded).
 */
export function AccountCards(props: {
  auth: SessionView;
  memberships: Membership[] | null;
  children?: ReactNode;
}) {
  const { auth, memberships } = props;
  const current = memberships?.find((m) => m.organizationId === auth.organizationId);
  const others = (memberships ?? []).filter((m) => m.organizationId !== auth.organizationId);
  const details: [label: string, value: ReactNode, testId?: string][] = [
    ['Email', auth.user.email, 'user-email'],
    [
      'Organization',
      <>
        <strong data-testid="organization-name">{current?.organizationName ?? '—'}</strong>{' '}
        <code className="muted" data-testid="organization-id">
          {auth.organizationId ?? ''}
        </code>
      </>,
    ],
    [
      'Role',
      <span className="badge" data-testid="role">
        {auth.role ?? ''}
      </span>,
    ],
    [
      'Permissions',
      <ul className="chips" data-testid="permissions">
        {(auth.permissions ?? []).map((permission) => (
          <li key={permission} className="chip" data-testid="permission">
            {permission}
          </li>
        ))}
      </ul>,
    ],
  ];
  return (
    <>
      <div className="card">
        <h1>{fullName(auth.user) || 'Your account'}</h1>
        <dl className="details">
          {details.map(([label, value, testId]) => (
            <Detail key={label} label={label} testId={testId}>
              {value}
            </Detail>
          ))}
        </dl>
        {props.children}
      </div>
      <div className="card">
        <h2>Organizations</h2>
        {memberships === null ? (
          <p className="muted">Your organizations could not be loaded.</p>
        ) : others.length === 0 ? (
          <p className="muted">You belong to no other organization.</p>
        ) : (
          <ul className="orgs">
            {others.map((membership) => (
              <li key={membership.organizationId}>
                <span>
                  {membership.organizationName} <span className="badge">{membership.role}</span>
                </span>
                <form className="inline" method="post" action="/switch-organization">
                  <input type="hidden" name="organizationId" value={membership.organizationId} />
                  <button type="submit" data-testid={`switch-org-${membership.organizationId}`}>
                    Switch
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** One row of the account details: `<dt>` label, `<dd>` value. */
function Detail(props: { label: string; testId?: string | undefined; children: ReactNode }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.children}</dd>
    </>
  );
}

/** The 404 page. */
export function NotFound() {
  return (
    <div className="card">
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <div className="actions">
        <a className="button primary" href="/">
          Home
        </a>
        <a className="button" href="/account">
          Your account
        </a>
      </div>
    </div>
  );
}
