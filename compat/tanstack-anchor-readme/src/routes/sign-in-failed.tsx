import { createFileRoute } from '@tanstack/react-router';

export const Route = createFileRoute('/sign-in-failed')({
  component: () => <p data-testid="sign-in-failed">Sign-in failed.</p>,
});
