import { createFileRoute } from '@tanstack/react-router';
import { getSignInUrl } from '@workos/authkit-tanstack-react-start';

/** The initiate-login route: sends the browser to AuthKit, remembering where it wanted to go. */
export const Route = createFileRoute('/api/auth/sign-in')({
  server: {
    handlers: {
      GET: async ({ request }: { request: Request }) => {
        const returnPathname = new URL(request.url).searchParams.get('returnPathname');
        const signInUrl = await getSignInUrl(
          returnPathname === null ? undefined : { data: { returnPathname } },
        );
        // A mutable response: the middleware appends the sign-in's verifier cookie to it.
        return new Response(null, { status: 307, headers: { location: signInUrl } });
      },
    },
  },
});
