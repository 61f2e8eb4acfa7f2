import { createRootRoute, HeadContent, Outlet, Scripts } from '@tanstack/react-router';
import { AuthKitProvider } from '@workos/authkit-tanstack-react-start/client';

export const Route = createRootRoute({
  head: () => ({
    meta: [{ charSet: 'utf-8' }, { title: 'Published AuthKit TanStack adapter on our core' }],
  }),
  component: RootComponent,
});

function RootComponent() {
  return (
    <html lang="en">
      <head>
        <HeadContent />
      </head>
      <body>
        <AuthKitProvider>
          <Outlet />
        </AuthKitProvider>
        <Scripts />
      </body>
    </html>
  );
}
