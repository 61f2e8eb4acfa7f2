import { withAuth } from '@workos/authkit-next';
import Link from 'next/link';
import { membershipsOf } from '../lib/organizations';
import { viewerOf } from '../shared/memberships';
import { SiteHeader as Header } from '../shared/site-header';

/** The header of every page: who is signed in, in which organization and role, and the auth links. */
export async function SiteHeader() {
  const auth = await withAuth();
  const viewer = auth.user ? viewerOf(auth, await membershipsOf(auth.user.id)) : null;
  // No prefetch: prefetching /account while signed out would start a sign-in.
  return (
    <Header
      brand={
        <Link className="brand" href="/" prefetch={false}>
          AuthKit + Next.js
        </Link>
      }
      links={
        <Link href="/account" prefetch={false}>
          Account
        </Link>
      }
      viewer={viewer}
    />
  );
}
