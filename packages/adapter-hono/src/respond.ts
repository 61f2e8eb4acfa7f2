import {
  type AuthKitError,
  appendHeaderBag,
  callbackErrorResponse,
  type HeaderBag,
  isApiRequest,
  signedOutResponse as kitSignedOutResponse,
  markSessionResponse,
  redirectResponse,
  sanitizeReturnPathname,
  UsageError,
  withHeaderBag,
} from '@workos/authkit-session/adapter';
import type { Context } from 'hono';
import type { AuthKitHandle, AuthKitHonoOptions, AuthOperation } from './types.js';

/** A redirect carrying a header bag (uncached when it writes cookies). */
export function redirectWith(location: string, bag: HeaderBag | undefined, status: 303 | 307) {
  return withHeaderBag(redirectResponse(location, status), bag);
}

/** A copy of `response` with `bag` appended (uncached when it writes cookies). */
export function withBag(response: Response, bag: HeaderBag | undefined): Response {
  return withHeaderBag(new Response(response.body, response), bag);
}

/**
 * Applies a header bag to the response already on the context. The bag's `Set-Cookie` lines
 * go first, so cookies the handler set (a sign-out clear, say) still win in the browser.
 */
export function applyToContext(c: Context, bag: HeaderBag | undefined): void {
  if (!bag || c.res.status < 200) return;
  const headers = new Headers(c.res.headers);
  headers.delete('Set-Cookie');
  appendHeaderBag(headers, bag);
  for (const line of c.res.headers.getSetCookie()) headers.append('Set-Cookie', line);
  const { status, statusText } = c.res;
  replaceResponse(c, new Response(c.res.body, { status, statusText, headers }));
}

/**
 * Marks the response on the context as built for a session (`Vary: Cookie`; signed in:
 * `Cache-Control: private, no-store`), copying it first when its headers are immutable.
 */
export function markContextResponse(c: Context, signedIn: boolean): void {
  if (c.res.status < 200) return;
  try {
    markSessionResponse(c.res.headers, signedIn);
  } catch {
    const copy = new Response(c.res.body, c.res);
    markSessionResponse(copy.headers, signedIn);
    replaceResponse(c, copy);
  }
}

/** Sets `c.res` to exactly `response` (Hono would otherwise merge in the old headers). */
export function replaceResponse(c: Context, response: Response): void {
  c.res = undefined;
  c.res = response;
}

const API_PATHS = ['/api/*'];

/** True for requests that expect JSON: an `/api/` path or an `Accept` preferring JSON. */
const defaultIsApiRequest = (c: Context) => isApiRequest(c.req.raw, API_PATHS);

/** True when `c` should get JSON rather than a redirect (`options.isApiRequest` or the default). */
export function wantsJson(c: Context, options: AuthKitHonoOptions): boolean {
  return (options.isApiRequest ?? defaultIsApiRequest)(c);
}

/**
 * The response for a signed-out request to a protected route, from the core's adapter kit:
 * uncached 401 JSON for API requests, else a sign-in redirect (307 for GET/HEAD, 303 otherwise).
 */
export async function signedOutResponse(c: Context, handle: AuthKitHandle): Promise<Response> {
  const { options, service } = handle;
  const url = new URL(c.req.url);
  return kitSignedOutResponse(service, c.req.raw, {
    apiPaths: API_PATHS,
    ...(options.isApiRequest && { api: options.isApiRequest(c) }),
    ...(options.signInPath && { signInPath: options.signInPath }),
    returnPathname: sanitizeReturnPathname(url.pathname + url.search),
  });
}

/**
 * The default error page (the core's adapter-kit page): the error `code` in
 * `[data-testid=auth-error]`, uncached.
 */
export async function defaultErrorPage(
  _c: Context,
  error: AuthKitError,
  status: number,
): Promise<Response> {
  return callbackErrorResponse(error, status);
}

/** Renders an auth error with the app's `onError` or the default page, then adds `bag`. */
export async function renderError(
  c: Context,
  options: AuthKitHonoOptions,
  error: AuthKitError,
  operation: AuthOperation,
  bag?: HeaderBag,
  status = 400,
): Promise<Response> {
  const rendered = options.onError
    ? await options.onError(error, c, { operation, status })
    : await defaultErrorPage(c, error, status);
  return withBag(rendered, bag);
}

/**
 * The variable a middleware set on the context, or a `UsageError` (`middleware_not_registered`)
 * whose message (`missing`) says which middleware to add.
 */
export function registered<T>(c: Context, key: string, missing: string): T {
  const value = c.get(key as never) as T | undefined;
  if (value === undefined) throw new UsageError(missing, 'middleware_not_registered');
  return value;
}
