import { InvalidArgumentError } from '@workos/authkit-session';
import {
  type CallbackRouteOptions,
  type CallbackSuccess,
  callbackErrorResponse,
  handleCallbackRequest,
  redirectResponse,
  type SignInSuccessFields,
  withSignInFields,
} from '@workos/authkit-session/adapter';
import { getAuthService } from './auth-service.js';
import { rejectUnknownFields } from './input.js';
import { applyHeaderBag } from './response-headers.js';
import type { OauthTokens } from './types.js';

/** The anchor's `onSuccess` data: the tokens and what WorkOS said about the sign-in. */
export interface HandleAuthSuccessData
  extends Omit<SignInSuccessFields, 'oauthTokens' | 'authenticationMethod' | 'state'> {
  oauthTokens?: OauthTokens;
  authenticationMethod?: string;
  state?: string;
}

/**
 * What `onSuccess` receives: ours (`auth`, `authResponse`, `returnPathname`, `state`, `request`)
 * and the anchor's fields ({@link HandleAuthSuccessData}).
 */
export type CallbackSuccessData = CallbackSuccess & HandleAuthSuccessData;

/** The core's callback result (without the anchor's fields); `onSuccess` gets {@link CallbackSuccessData}. */
export type { CallbackSuccess };

/**
 * Options of `handleCallbackRoute`:
 * - `onSuccess` runs after the session is created; it may return a `Response` to send instead of
 *   the redirect (a throw fails the sign-in and stores no session);
 * - `onError` builds the error response (default a 400 page with `[data-testid=auth-error]`);
 * - `errorRedirectUrl` redirects failures there instead (302), when `onError` is not given;
 * - `returnPathname` is the default after sign-in, `baseURL` the origin to redirect on.
 */
export interface HandleCallbackOptions extends Omit<CallbackRouteOptions, 'onSuccess'> {
  onSuccess?: (
    data: CallbackSuccessData,
  ) => Response | undefined | Promise<Response | undefined> | Promise<void> | void;
  errorRedirectUrl?: string;
}

/** The default callback failure page: status 400, the error `code` in `[data-testid=auth-error]`. */
export const callbackErrorPage = callbackErrorResponse;

const OPTIONS = ['onSuccess', 'onError', 'errorRedirectUrl', 'returnPathname', 'baseURL'];

function checkErrorRedirectUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url =
      typeof value === 'string' && value ? new URL(value, 'http://relative.invalid') : undefined;
  } catch {}
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new InvalidArgumentError(
      `handleCallbackRoute({ errorRedirectUrl }) must be a path or an absolute http(s) URL (got ${JSON.stringify(value)}).`,
    );
  }
  return value as string;
}

/**
 * The `GET` handler for your callback route (`WORKOS_REDIRECT_URI`): exchanges the code, stores
 * the session and redirects to the sanitised return path. On every failure the PKCE verifier
 * cookie is cleared. Cookies go out through the Start response, so `onSuccess`/`onError` may
 * return any `Response`. Invalid options throw an `InvalidArgumentError` when the route is built.
 *
 * ```ts
 * export const Route = createFileRoute('/callback')({
 *   server: { handlers: { GET: handleCallbackRoute() } },
 * });
 * ```
 */
export function handleCallbackRoute(options: HandleCallbackOptions = {}) {
  rejectUnknownFields(options, OPTIONS, 'handleCallbackRoute()');
  const { onSuccess, errorRedirectUrl: rawErrorUrl, ...rest } = options;
  const errorRedirectUrl = checkErrorRedirectUrl(rawErrorUrl);
  const routeOptions: CallbackRouteOptions = { ...rest };
  if (onSuccess) routeOptions.onSuccess = (success) => onSuccess(withSignInFields(success));
  if (errorRedirectUrl && !rest.onError) {
    routeOptions.onError = ({ request }) =>
      redirectResponse(new URL(errorRedirectUrl, request.url).href, 302);
  }
  return async ({ request }: { request: Request }): Promise<Response> => {
    const { response, headers } = await handleCallbackRequest(
      getAuthService(),
      request,
      routeOptions,
    );
    applyHeaderBag(headers);
    return response;
  };
}
