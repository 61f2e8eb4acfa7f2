import {
  type CallbackRouteOptions,
  type CallbackSuccess,
  handleCallbackRequest,
  signInRedirect,
  withHeaderBag,
  withSignInFields,
} from '@workos/authkit-session/adapter';
import type { NextRequest } from 'next/server';
import { START_PARAM } from './auth.js';
import { getAuthService } from './service.js';
import type { HandleAuthSuccessData } from './types.js';

export type { CallbackSuccess };

/** What `onSuccess` receives: the original package's fields and this toolkit's. */
export type HandleAuthSuccess = HandleAuthSuccessData & CallbackSuccess<NextRequest>;

/**
 * Options of {@link handleAuth}: `returnPathname` (default after sign-in), `baseURL` (origin of
 * the final redirect, for containers), `onSuccess` (runs after the session is created, with the
 * user, tokens, `oauthTokens`, `authenticationMethod`, `organizationId`, `state` as well as `auth`
 * and `authResponse`; may return a `Response` to send instead) and `onError` (builds the error
 * response).
 */
export interface HandleAuthOptions extends Omit<CallbackRouteOptions<NextRequest>, 'onSuccess'> {
  onSuccess?: (
    data: HandleAuthSuccess,
  ) => Response | undefined | Promise<Response | undefined> | Promise<void> | void;
}

/**
 * The callback route (`app/callback/route.ts`: `export const GET = handleAuth()`): exchanges the
 * code, sets the session cookie, clears the verifier and redirects to the return path. Any error
 * clears the verifier and answers 400 (or `onError`'s response).
 */
export function handleAuth(options: HandleAuthOptions = {}) {
  const { onSuccess, ...rest } = options;
  const routeOptions: CallbackRouteOptions<NextRequest> = onSuccess
    ? { ...rest, onSuccess: (success) => onSuccess(withSignInFields(success)) }
    : rest;
  return async function callback(request: NextRequest): Promise<Response> {
    const service = getAuthService();
    const params = request.nextUrl.searchParams;
    if (params.has(START_PARAM) && !params.get('code') && !params.get('state')) {
      // A <Link> fetches the target as RSC (or prefetches it) before navigating for real: answer
      // that fetch without starting a flow, so one sign-in writes one verifier cookie.
      if (request.headers.has('rsc') || request.headers.has('next-router-prefetch')) {
        return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
      }
      return signInRedirect(service, request, {
        returnPathname: params.get('returnPathname') ?? options.returnPathname ?? '/',
        signUp: params.get(START_PARAM) === 'sign-up',
      });
    }
    const { response, headers } = await handleCallbackRequest(service, request, routeOptions);
    return withHeaderBag(response, headers);
  };
}
