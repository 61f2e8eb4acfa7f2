import { createFileRoute } from '@tanstack/react-router';
import { getSignInUrl } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/login')({
  server: {
    handlers: {
      GET: async ({ request }) => {
        const returnPathname = new URL(request.url).searchParams.get('returnPathname') ?? '/';
        const url = await getSignInUrl({ data: { returnPathname } });
        return new Response(null, { status: 302, headers: { location: url } });
      },
    },
  },
});
