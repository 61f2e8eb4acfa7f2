import { getGlobalStartContext } from '@tanstack/react-start';
import { type AuthResult, UsageError } from '@workos/authkit-session';

function readContext(): { auth?: AuthResult } | undefined {
  try {
    return getGlobalStartContext() as { auth?: AuthResult } | undefined;
  } catch {
    return undefined;
  }
}

/**
 * The auth result `authkitMiddleware()` computed for the current request (server only). Throws
 * a `UsageError` (`middleware_not_registered`) outside a request or without the middleware.
 */
export function getAuthFromContext(): AuthResult {
  const auth = readContext()?.auth;
  if (!auth) {
    throw new UsageError(
      'No AuthKit auth in the request context. Register authkitMiddleware() in `requestMiddleware` of createStart() (src/start.ts), and call getAuth or switchToOrganization only while handling a request.',
      'middleware_not_registered',
    );
  }
  return auth;
}
