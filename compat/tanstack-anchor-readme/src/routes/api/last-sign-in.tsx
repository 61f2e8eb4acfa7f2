import { createFileRoute } from '@tanstack/react-router';
import { lastSignIn } from '../../sign-ins';

// What the callback's onSuccess recorded last (for the test).
export const Route = createFileRoute('/api/last-sign-in')({
  server: { handlers: { GET: () => Response.json(lastSignIn()) } },
});
