import { withAuth } from '@workos/authkit-next';
import { AuthKitProvider, Impersonation } from '@workos/authkit-next/client';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from './site-header';

export const metadata: Metadata = { title: 'AuthKit + Next.js example' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const auth = await withAuth();
  return (
    <html lang="en">
      <head>
        {/* The examples' shared look (public/authkit.css), also used by the callback's error page. */}
        <link rel="stylesheet" href="/authkit.css" />
      </head>
      <body>
        {/* The whole auth is fine: only its browser-safe fields reach the page. */}
        <AuthKitProvider initialAuth={auth}>
          <SiteHeader />
          <main>{children}</main>
          <Impersonation />
        </AuthKitProvider>
      </body>
    </html>
  );
}
