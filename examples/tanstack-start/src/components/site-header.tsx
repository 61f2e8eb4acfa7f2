import { Link } from '@tanstack/react-router';
import { type Membership, type SessionView, viewerOf } from '../shared/memberships';
import { SiteHeader as Header } from '../shared/site-header';

/** The header of every page: who is signed in, in which organization and role, and the auth links. */
export function SiteHeader(props: {
  auth: Omit<SessionView, 'user'> & { user?: SessionView['user'] | null };
  memberships: Membership[];
}) {
  const { user, ...rest } = props.auth;
  return (
    <Header
      brand={
        <Link className="brand" to="/">
          AuthKit + TanStack Start
        </Link>
      }
      links={
        <>
          <Link to="/account">Account</Link>
          <Link to="/hooks">Client hooks</Link>
        </>
      }
      viewer={user ? viewerOf({ ...rest, user }, props.memberships) : null}
    />
  );
}
