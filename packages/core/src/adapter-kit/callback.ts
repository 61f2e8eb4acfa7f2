import type { AuthenticationResponse } from '@workos-inc/node';
import type { HeaderBag } from '../cookies/header-bag.js';
import { AuthKitError } from '../errors.js';
import type { AuthService } from '../service/auth-service.js';
import type { SignedInAuth } from '../types.js';
import { authErrorCode } from './auth-problem.js';
import { redirectResponse } from './respond.js';

/** What a callback route's `onSuccess` receives after a completed sign-in. */
export interface CallbackSuccess<TRequest extends Request = Request> {
  request: TRequest;
  auth: SignedInAuth;
  authResponse: AuthenticationResponse;
  /** Where the browser goes next (sanitised). */
  returnPathname: string;
  /** The custom `state` passed when the sign-in started, if any. */
  state?: string;
}

/** Options of {@link handleCallbackRequest}: what adapters' callback routes accept. */
export interface CallbackRouteOptions<TRequest extends Request = Request> {
  /** Where to go after sign-in when the sign-in did not ask for a path. Default `/`. */
  returnPathname?: string;
  /** Origin for the final redirect when the request's own origin is wrong (containers). */
  baseURL?: string;
  /** Runs after the session is created; may return a `Response` to send instead of the redirect. */
  onSuccess?: (
    result: CallbackSuccess<TRequest>,
  ) => Response | undefined | Promise<Response | undefined> | Promise<void> | void;
  /** Builds the error response (default {@link callbackErrorResponse}); the verifier cookie is cleared either way. */
  onError?: (failure: { error: unknown; request: TRequest }) => Response | Promise<Response>;
}

/**
 * Runs a Fetch-style callback request: exchanges the code (passing WorkOS's `error` on), then
 * redirects (307) to the return path; on any failure clears the pending verifier and answers
 * {@link callbackErrorResponse} or `onError`'s response. The cookies to send are returned as
 * `headers`, not yet applied, so each adapter writes them its own way.
 */
export async function handleCallbackRequest<TRequest extends Request, TResponse>(
  service: AuthService<Request, TResponse>,
  request: TRequest,
  options: CallbackRouteOptions<TRequest> = {},
): Promise<{ response: Response; headers?: HeaderBag }> {
  const url = new URL(request.url);
  const params = url.searchParams;
  const state = params.get('state');
  try {
    const result = await service.handleCallback(request, undefined, {
      code: params.get('code'),
      state,
      error: params.get('error'),
      errorDescription: params.get('error_description'),
    });
    const returnPathname =
      result.returnPathname === '/' && options.returnPathname
        ? options.returnPathname
        : result.returnPathname;
    const custom = await options.onSuccess?.({
      request,
      auth: result.auth,
      authResponse: result.authResponse,
      returnPathname,
      ...(result.state !== undefined && { state: result.state }),
    });
    const location = new URL(returnPathname, options.baseURL ?? url.origin).href;
    return { response: mutable(custom ?? redirectResponse(location)), headers: result.headers };
  } catch (error) {
    const { headers } = await service.clearPendingVerifier(undefined, { state, request });
    const response = options.onError
      ? await options.onError({ error, request })
      : callbackErrorResponse(error);
    return { response: mutable(response), headers };
  }
}

function mutable(response: Response): Response {
  return new Response(response.body, response);
}

/**
 * The default auth failure page: status 400 (or `status`), uncached, the error `code` in
 * `[data-testid=auth-error]`.
 */
export function callbackErrorResponse(error: unknown, status = 400): Response {
  const code = authErrorCode(error instanceof AuthKitError ? error : undefined);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Sign-in failed</title></head><body><h1>Sign-in failed</h1><p>Error: <code data-testid="auth-error">${code}</code></p><p><a href="/">Back to the home page</a></p></body></html>`;
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
