import { withAuth } from '@workos/authkit-next';
import { AuthKitProvider, Impersonation } from '@workos/authkit-next/client';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = { title: 'AuthKit + Next.js example' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const auth = await withAuth();
  return (
    <html lang="en">
      <body>
        {/* The whole auth is fine: only its browser-safe fields reach the page. */}
        <AuthKitProvider initialAuth={auth}>
          <header>
            {/* No prefetch: prefetching /account while signed out would start a sign-in. */}
            <Link href="/" prefetch={false}>
              Home
            </Link>
            <Link href="/account" prefetch={false}>
              Account
            </Link>
            <Link href="/hooks" prefetch={false}>
              Client hooks
            </Link>
          </header>
          <main>{children}</main>
          <Impersonation />
        </AuthKitProvider>
      </body>
    </html>
  );
}
