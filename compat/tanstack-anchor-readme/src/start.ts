import { createCsrfMiddleware, createStart } from '@tanstack/react-start';
import { authkitMiddleware } from '@workos/authkit-tanstack-start';

// Reject cross-site requests to server-function RPC endpoints.
const csrfMiddleware = createCsrfMiddleware({
  filter: (ctx) => ctx.handlerType === 'serverFn',
});

// A preview deployment sets PREVIEW_CALLBACK_URL: sign-ins come back to its own callback route
// (the README's `authkitMiddleware({ redirectUri })`).
const previewCallback = process.env.PREVIEW_CALLBACK_URL;

export const startInstance = createStart(() => ({
  requestMiddleware: [
    csrfMiddleware,
    authkitMiddleware(previewCallback ? { redirectUri: previewCallback } : undefined),
  ],
}));
