import { getGlobalStartContext } from '@tanstack/react-start';
import { AuthKitError, type AuthResult } from '@workos/authkit-session';

/**
 * The auth result `authkitMiddleware()` computed for the current request. Throws an
 * `AuthKitError` (`middleware_not_registered`) when the middleware is missing from `src/start.ts`.
 */
export function getAuthFromContext(): AuthResult {
  const context = getGlobalStartContext() as { auth?: AuthResult } | undefined;
  if (!context?.auth) {
    throw new AuthKitError(
      'authkitMiddleware() is not registered. Add it to `requestMiddleware` in createStart() (src/start.ts) before calling getAuth, signOut or switchToOrganization.',
      { code: 'middleware_not_registered' },
    );
  }
  return context.auth;
}
