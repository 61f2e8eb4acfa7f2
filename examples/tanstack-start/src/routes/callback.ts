import { createFileRoute } from '@tanstack/react-router';
import { handleCallbackRoute } from '@workos/authkit-tanstack-start';
import { callbackErrorResponse } from '../shared/error-page';

// A failed sign-in answers 400 with a page saying what happened and offering a retry.
export const Route = createFileRoute('/callback')({
  server: {
    handlers: {
      GET: handleCallbackRoute({ onError: ({ error }) => callbackErrorResponse(error) }),
    },
  },
});
