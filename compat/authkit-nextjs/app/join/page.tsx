import { withAuth } from '@workos/authkit-next';

export default async function JoinPage() {
  const { user } = await withAuth({ ensureSignedIn: true });
  return <p data-testid="joined">{user.email}</p>;
}
