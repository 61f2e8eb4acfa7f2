import { createRootRoute, HeadContent, Outlet, Scripts } from '@tanstack/react-router';
import { getAuthAction } from '@workos/authkit-tanstack-start';
import { AuthKitProvider, Impersonation } from '@workos/authkit-tanstack-start/client';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/site-header';
import { listMyOrganizations } from '../server/organizations';
import { NotFound } from '../shared/pages';

export const Route = createRootRoute({
  // No access token in what the server renders: the client asks for it when it needs it.
  beforeLoad: async () => ({ auth: await getAuthAction() }),
  // The header names the current organization.
  loader: ({ context }) => (context.auth.user ? listMyOrganizations() : []),
  head: () => ({
    meta: [
      { charSet: 'utf-8' },
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      { title: 'AuthKit · TanStack Start example' },
    ],
    // The examples' shared look (public/authkit.css), also used by the callback's error page.
    links: [{ rel: 'stylesheet', href: '/authkit.css' }],
  }),
  component: RootComponent,
  notFoundComponent: NotFound,
});

function RootComponent() {
  const { auth } = Route.useRouteContext();
  const memberships = Route.useLoaderData();
  return (
    <Document>
      <AuthKitProvider initialAuth={auth}>
        <SiteHeader auth={auth} memberships={memberships} />
        <main>
          <Outlet />
        </main>
        <Impersonation />
      </AuthKitProvider>
    </Document>
  );
}

function Document({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <HeadContent />
      </head>
      <body>
        {children}
        <Scripts />
      </body>
    </html>
  );
}
