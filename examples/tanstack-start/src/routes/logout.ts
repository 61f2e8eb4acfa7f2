import { createFileRoute } from '@tanstack/react-router';
import { AuthKitError, signOut } from '@workos/authkit-tanstack-start';

// POST /logout (the account page's sign-out form): the signOut server function clears the
// cookie and redirects through the WorkOS logout URL back to the home page. It refuses a form
// posted from another site (403).
export const Route = createFileRoute('/logout')({
  server: {
    handlers: {
      POST: async () => {
        try {
          return await signOut({ data: { returnTo: '/' } });
        } catch (error) {
          if (!(error instanceof AuthKitError) || error.code !== 'cross_origin_request')
            throw error;
          return new Response(`Forbidden (${error.code}).`, {
            status: 403,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
          });
        }
      },
    },
  },
});
