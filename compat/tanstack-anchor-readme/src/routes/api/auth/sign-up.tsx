import { createFileRoute } from '@tanstack/react-router';
import { getSignUpUrl } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/api/auth/sign-up')({
  server: {
    handlers: {
      GET: async () => {
        const url = await getSignUpUrl({ data: { returnPathname: '/onboarding' } });
        return new Response(null, { status: 307, headers: { Location: url } });
      },
    },
  },
});
