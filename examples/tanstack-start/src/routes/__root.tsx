import { createRootRoute, HeadContent, Link, Outlet, Scripts } from '@tanstack/react-router';
import { getAuth } from '@workos/authkit-tanstack-start';
import { AuthKitProvider, Impersonation } from '@workos/authkit-tanstack-start/client';
import type { ReactNode } from 'react';

export const Route = createRootRoute({
  beforeLoad: async () => ({ auth: await getAuth() }),
  head: () => ({
    meta: [
      { charSet: 'utf-8' },
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      { title: 'AuthKit · TanStack Start example' },
    ],
  }),
  component: RootComponent,
  notFoundComponent: () => <p>Page not found.</p>,
});

function RootComponent() {
  const { auth } = Route.useRouteContext();
  return (
    <Document>
      <AuthKitProvider initialAuth={auth}>
        <nav style={{ display: 'flex', gap: '1rem' }}>
          <Link to="/">Home</Link>
          <Link to="/account">Account</Link>
          <Link to="/hooks">Client hooks</Link>
          <a href="/api/me">/api/me</a>
        </nav>
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
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
        {children}
        <Scripts />
      </body>
    </html>
  );
}
