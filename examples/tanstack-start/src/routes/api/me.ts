import { createFileRoute } from '@tanstack/react-router';
import { requireAuth } from '@workos/authkit-tanstack-start';

export const Route = createFileRoute('/api/me')({
  server: {
    middleware: [requireAuth()],
    handlers: {
      GET: ({ context }) =>
        Response.json(
          {
            user: { id: context.auth.user.id, email: context.auth.user.email },
            organizationId: context.auth.organizationId ?? null,
            role: context.auth.role ?? null,
            permissions: context.auth.permissions ?? [],
          },
          { headers: { 'cache-control': 'private, no-store', vary: 'Cookie' } },
        ),
    },
  },
});
