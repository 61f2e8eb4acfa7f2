import { createFileRoute } from '@tanstack/react-router';
import { signOut } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/logout')({
  loader: async () => {
    await signOut(); // Redirects to WorkOS logout, then back to '/'
  },
});
