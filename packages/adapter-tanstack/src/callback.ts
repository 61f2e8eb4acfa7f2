import {
  type AuthenticationResponse,
  AuthKitError,
  type SignedInAuth,
} from '@workos/authkit-session';
import { getAuthService } from './auth-service.js';
import { applyHeaderBag } from './response-headers.js';

/** What `onSuccess` receives after a completed sign-in. */
export interface CallbackSuccess {
  request: Request;
  auth: SignedInAuth;
  authResponse: AuthenticationResponse;
  returnPathname: string;
  /** The custom `state` passed to `getSignInUrl`, if any. */
  state?: string;
}

/** Options of `handleCallbackRoute`. */
export interface HandleCallbackOptions {
  /** Runs after the session is stored; may return a `Response` to use instead of the redirect. */
  onSuccess?: (
    result: CallbackSuccess,
  ) => Response | undefined | Promise<Response | undefined> | Promise<void> | void;
  /** Builds the error response (default: a 400 page with `[data-testid=auth-error]`). */
  onError?: (failure: { request: Request; error: unknown }) => Response | Promise<Response>;
}

/**
 * The `GET` handler for your callback route (`WORKOS_REDIRECT_URI`): exchanges the code, stores
 * the session and redirects to the sanitised return path. On every failure the PKCE verifier
 * cookie is cleared. Cookies go out through the Start response, so `onSuccess`/`onError` may
 * return any `Response`.
 *
 * ```ts
 * export const Route = createFileRoute('/callback')({
 *   server: { handlers: { GET: handleCallbackRoute() } },
 * });
 * ```
 */
export function handleCallbackRoute(options: HandleCallbackOptions = {}) {
  return async ({ request }: { request: Request }): Promise<Response> => {
    const params = new URL(request.url).searchParams;
    const state = params.get('state');
    const service = getAuthService();
    try {
      const result = await service.handleCallback(request, undefined, {
        code: params.get('code'),
        state,
      });
      const custom = await options.onSuccess?.({
        request,
        auth: result.auth,
        authResponse: result.authResponse,
        returnPathname: result.returnPathname,
        ...(result.state !== undefined && { state: result.state }),
      });
      applyHeaderBag(result.headers);
      return (
        custom ?? new Response(null, { status: 302, headers: { location: result.returnPathname } })
      );
    } catch (error) {
      const cleared = await service.clearPendingVerifier(undefined, { state, request });
      applyHeaderBag(cleared.headers);
      return options.onError ? await options.onError({ request, error }) : callbackErrorPage(error);
    }
  };
}

/** The default callback failure page: status 400, the error `code` in `[data-testid=auth-error]`. */
export function callbackErrorPage(error: unknown): Response {
  const code = error instanceof AuthKitError ? error.code : 'authentication_failed';
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Sign-in failed</title></head><body><h1>Sign-in failed</h1><p data-testid="auth-error">${escapeHtml(code)}</p><p><a href="/">Back to the home page</a></p></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
