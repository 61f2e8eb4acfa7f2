import { createFileRoute } from '@tanstack/react-router';
import { signOut } from '@workos/authkit-tanstack-start';

// POST /logout (the account page's sign-out form): the signOut server function clears the
// cookie and redirects through the WorkOS logout URL back to the home page.
export const Route = createFileRoute('/logout')({
  server: {
    handlers: {
      POST: () => signOut({ data: { returnTo: '/' } }),
    },
  },
});
