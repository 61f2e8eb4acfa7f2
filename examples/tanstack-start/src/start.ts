import { createCsrfMiddleware, createStart } from '@tanstack/react-start';
import { authkitMiddleware } from '@workos/authkit-tanstack-start';

/** Every request reads (and, when expiring, refreshes) the AuthKit session first. */
export const startInstance = createStart(() => ({
  requestMiddleware: [
    createCsrfMiddleware({ filter: (ctx) => ctx.handlerType === 'serverFn' }),
    authkitMiddleware(),
  ],
}));
