import { createFileRoute } from '@tanstack/react-router';
import { getSignUpUrl } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/signup')({
  server: {
    handlers: {
      GET: async ({ request }) => {
        const returnPathname = new URL(request.url).searchParams.get('returnPathname') ?? '/';
        const url = await getSignUpUrl({ data: { returnPathname } });
        return new Response(null, { status: 302, headers: { location: url } });
      },
    },
  },
});
