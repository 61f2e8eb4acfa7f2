import {
  type AuthKitError,
  appendHeaderBag,
  type HeaderBag,
  isApiRequest,
  markSessionResponse,
  redirectResponse,
  sanitizeReturnPathname,
  withHeaderBag,
} from '@workos/authkit-session';
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AuthKitHandle, AuthKitHonoOptions, AuthOperation } from './types.js';

/** A redirect carrying a header bag (uncached when it writes cookies). */
export function redirectWith(location: string, bag?: HeaderBag, status: 302 | 303 = 302): Response {
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

/** The response for a signed-out request to a protected route: 401 JSON or a sign-in redirect. */
export async function signedOutResponse(c: Context, handle: AuthKitHandle): Promise<Response> {
  const { options, service } = handle;
  if ((options.isApiRequest ?? defaultIsApiRequest)(c)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const url = new URL(c.req.url);
  const returnPathname = sanitizeReturnPathname(url.pathname + url.search);
  if (options.signInPath) {
    return redirectWith(`${options.signInPath}?${new URLSearchParams({ returnPathname })}`);
  }
  const signIn = await service.createSignIn(undefined, { returnPathname, request: c });
  return redirectWith(signIn.url, signIn.headers);
}

/** The default error page: the error `code` in `[data-testid=auth-error]` and its message. */
export async function defaultErrorPage(
  c: Context,
  error: AuthKitError,
  status: number,
): Promise<Response> {
  const page = html`<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8" /><title>Sign-in failed</title></head>
      <body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
        <h1>Sign-in failed</h1>
        <p data-testid="auth-error"><code>${error.code}</code></p>
        <p>${error.message}</p>
        <p><a href="/">Back to the home page</a></p>
      </body>
    </html>`;
  return c.html(page, status as 400, { 'Cache-Control': 'no-store' });
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
