import { createFileRoute } from '@tanstack/react-router';
import { redirectToHostedPage } from '../server/hosted-page';

export const Route = createFileRoute('/login')({
  server: { handlers: { GET: redirectToHostedPage('sign-in') } },
});
