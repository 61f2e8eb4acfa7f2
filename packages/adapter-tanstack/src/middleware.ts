import { createMiddleware } from '@tanstack/react-start';
import { InvalidArgumentError, type SignedInAuth } from '@workos/authkit-session';
import { getAuthService } from './auth-service.js';
import { configurationErrorResponse, isConfigurationError } from './config-error.js';
import { getAuthFromContext } from './context.js';
import { rejectUnknownFields } from './input.js';
import { keepRepeatedHeaders } from './node-response-guard.js';
import { applyHeaderBag, markSessionError, markSessionHeaders } from './response-headers.js';

/** Options of `authkitMiddleware()`. */
export interface AuthKitMiddlewareOptions {
  /**
   * The callback URL for sign-ins started during this request, instead of `WORKOS_REDIRECT_URI`
   * (preview deployments). An absolute http(s) URL; a per-call `redirectUri` still wins.
   */
  redirectUri?: string;
}

function parseOptions(options: unknown): AuthKitMiddlewareOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('authkitMiddleware() takes an options object.');
  }
  rejectUnknownFields(options, ['redirectUri'], 'authkitMiddleware()');
  const { redirectUri } = options as { redirectUri?: unknown };
  if (redirectUri === undefined) return {};
  let url: URL | undefined;
  try {
    url = typeof redirectUri === 'string' ? new URL(redirectUri) : undefined;
  } catch {}
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new InvalidArgumentError(
      `authkitMiddleware({ redirectUri }) must be an absolute http(s) URL (got ${JSON.stringify(redirectUri)}).`,
    );
  }
  return { redirectUri: redirectUri as string };
}

/**
 * Request middleware for `createStart({ requestMiddleware: [authkitMiddleware()] })`. It reads
 * the session for every request (pages, server routes, server functions), refreshes it when the
 * access token is expiring, sends any refreshed session or cookie clear with the response, and
 * puts the result into the context as `auth`. Responses to signed-in requests are marked
 * `Cache-Control: private, no-store`; every response varies on `Cookie`. A missing or invalid
 * configuration answers a readable 500 page listing the problems (logged once).
 */
export function authkitMiddleware(options?: AuthKitMiddlewareOptions) {
  const { redirectUri } = parseOptions(options);
  return createMiddleware().server(async ({ request, next, handlerType }) => {
    keepRepeatedHeaders(request);
    let result: Awaited<ReturnType<ReturnType<typeof getAuthService>['withAuth']>>;
    try {
      result = await getAuthService().withAuth(request);
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      throw configurationErrorResponse(error, handlerType !== 'serverFn');
    }
    const { auth, headers } = result;
    // Applied before the handler runs, so a cookie the handler writes later (sign-out,
    // organization switch) replaces this one instead of being overwritten by it.
    applyHeaderBag(headers);
    const signedIn = Boolean(auth.user);
    const context = redirectUri ? { auth, authkitRedirectUri: redirectUri } : { auth };
    let out: Awaited<ReturnType<typeof next>>;
    try {
      out = await next({ context });
    } catch (error) {
      markSessionError(signedIn);
      throw error;
    }
    markSessionHeaders(out.response, signedIn);
    return out;
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
