import { createMiddleware } from '@tanstack/react-start';
import { markSessionResponse, type SignedInAuth } from '@workos/authkit-session';
import { getAuthService } from './auth-service.js';
import { getAuthFromContext } from './context.js';
import { applyHeaderBag } from './response-headers.js';

/**
 * Request middleware for `createStart({ requestMiddleware: [authkitMiddleware()] })`. It reads
 * the session for every request (pages, server routes, server functions), refreshes it when the
 * access token is expiring, sends any refreshed session or cookie clear with the response, and
 * puts the result into the context as `auth`. Every response gets `Vary: Cookie`; one for a
 * signed-in request gets `Cache-Control: private, no-store`.
 */
export function authkitMiddleware() {
  return createMiddleware().server(async ({ request, next }) => {
    const { auth, headers } = await getAuthService().withAuth(request);
    // Applied before the handler runs, so a cookie the handler writes later (sign-out,
    // organization switch) replaces this one instead of being overwritten by it.
    applyHeaderBag(headers);
    const result = await next({ context: { auth } });
    try {
      markSessionResponse(result.response.headers, auth.user !== null);
    } catch {
      // An immutable response (e.g. `Response.redirect`): mark a copy.
      result.response = new Response(result.response.body, result.response);
      markSessionResponse(result.response.headers, auth.user !== null);
    }
    return result;
  });
}

/**
 * Route middleware for API server routes: answers `401 { error: 'unauthorized' }` to signed-out
 * requests and gives the handler `context.auth` typed as signed in. Needs `authkitMiddleware()`.
 */
export function requireAuth() {
  return createMiddleware().server(async ({ next }) => {
    const auth = getAuthFromContext();
    if (!auth.user) {
      return Response.json(
        { error: 'unauthorized' },
        { status: 401, headers: { 'cache-control': 'no-store' } },
      );
    }
    return next({ context: { auth: auth satisfies SignedInAuth } });
  });
}
