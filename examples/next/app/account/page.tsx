import { withAuth } from '@workos/authkit-next';
import { membershipsOf } from '../../lib/organizations';
import { AccountCards } from '../../shared/pages';
import { ClientUser } from './client-user';

/** Protected page (the proxy sends signed-out visitors to sign-in). */
export default async function AccountPage() {
  const auth = await withAuth({ ensureSignedIn: true });
  return (
    <AccountCards auth={auth} memberships={await membershipsOf(auth.user.id)}>
      <ClientUser />
    </AccountCards>
  );
}
