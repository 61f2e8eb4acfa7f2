import {
  type CallbackRouteOptions,
  type CallbackSuccess,
  callbackErrorResponse,
  handleCallbackRequest,
} from '@workos/authkit-session/adapter';
import { getAuthService } from './auth-service.js';
import { applyHeaderBag } from './response-headers.js';

export type { CallbackSuccess };

/**
 * Options of `handleCallbackRoute`: `onSuccess` (runs after the session is stored; may return a
 * `Response` to use instead of the redirect), `onError` (builds the error response, default a 400
 * page with `[data-testid=auth-error]`), `returnPathname` (default after sign-in) and `baseURL`.
 */
export type HandleCallbackOptions = CallbackRouteOptions;

/** The default callback failure page: status 400, the error `code` in `[data-testid=auth-error]`. */
export const callbackErrorPage = callbackErrorResponse;

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
    const { response, headers } = await handleCallbackRequest(getAuthService(), request, options);
    applyHeaderBag(headers);
    return response;
  };
}
