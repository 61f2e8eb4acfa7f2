import { createFileRoute } from '@tanstack/react-router';
import { getAuthorizationUrl } from '@workos/authkit-tanstack-start';

// The README's getAuthorizationUrl call, plus the options a step-up sign-in and an invitation use.
export const Route = createFileRoute('/api/auth/authorize')({
  server: {
    handlers: {
      GET: async ({ request }: { request: Request }) => {
        const query = new URL(request.url).searchParams;
        const url = await getAuthorizationUrl({
          data: {
            screenHint: 'sign-in',
            returnPathname: '/dashboard',
            redirectUri: new URL('/api/auth/callback', request.url).href,
            maxAge: 300,
            prompt: 'login',
            state: query.get('state') ?? 'from-the-readme',
            loginHint: 'alice@example.com',
            invitationToken: query.get('invitationToken') ?? undefined,
          },
        });
        return new Response(null, { status: 307, headers: { Location: url } });
      },
    },
  },
});
