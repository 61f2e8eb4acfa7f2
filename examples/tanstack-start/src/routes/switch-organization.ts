import { createFileRoute } from '@tanstack/react-router';
import { AuthKitError, switchToOrganization } from '@workos/authkit-tanstack-start';

// POST /switch-organization (the account page's switch buttons): the switchToOrganization server
// function stores the session for the chosen organization; then back to /account.
export const Route = createFileRoute('/switch-organization')({
  server: {
    handlers: {
      POST: async ({ request }) => {
        const organizationId = (await request.formData()).get('organizationId');
        if (typeof organizationId !== 'string' || !organizationId) {
          return new Response('organizationId is required', { status: 400 });
        }
        try {
          await switchToOrganization({ data: { organizationId } });
        } catch (error) {
          // Not a member (or WorkOS refused): say so instead of failing with a 500.
          if (!(error instanceof AuthKitError)) throw error;
          return new Response(`Cannot switch organization (${error.code}).`, {
            status: 403,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
          });
        }
        return new Response(null, { status: 303, headers: { location: '/account' } });
      },
    },
  },
});
