import { withAuth } from '@workos/authkit-next';
import { HomeCard } from '../shared/pages';

/** Public home page: who is signed in, or sign in / sign up. */
export default async function HomePage() {
  const { user } = await withAuth();
  return <HomeCard email={user?.email} />;
}
