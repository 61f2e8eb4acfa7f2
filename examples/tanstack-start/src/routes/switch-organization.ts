import { createFileRoute } from '@tanstack/react-router';
import { switchToOrganization } from '@workos/authkit-tanstack-start';

// POST /switch-organization (the account page's switch buttons): the switchToOrganization server
// function stores the session for the chosen organization and redirects back to /account.
export const Route = createFileRoute('/switch-organization')({
  server: {
    handlers: {
      POST: async ({ request }) => {
        const form = await request.formData();
        const organizationId = form.get('organizationId');
        if (typeof organizationId !== 'string' || !organizationId) {
          return new Response('organizationId is required', { status: 400 });
        }
        await switchToOrganization({ data: { organizationId, returnTo: '/account' } });
        return new Response(null, { status: 303, headers: { location: '/account' } });
      },
    },
  },
});
