import { createFileRoute } from '@tanstack/react-router';
import { handleCallbackRoute } from '@workos/authkit-tanstack-start';
import { recordSignIn } from '../../../sign-ins';

export const Route = createFileRoute('/api/auth/callback')({
  server: {
    handlers: {
      GET: handleCallbackRoute({
        onSuccess: async ({ user, authenticationMethod, organizationId }) => {
          recordSignIn({ email: user.email, method: authenticationMethod, organizationId });
        },
        errorRedirectUrl: '/sign-in-failed?error=auth_failed',
      }),
    },
  },
});
