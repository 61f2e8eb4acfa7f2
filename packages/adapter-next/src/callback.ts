import {
  type CallbackRouteOptions,
  type CallbackSuccess,
  handleCallbackRequest,
  signInRedirect,
  withHeaderBag,
} from '@workos/authkit-session/adapter';
import type { NextRequest } from 'next/server';
import { START_PARAM } from './auth.js';
import { getAuthService } from './service.js';

export type { CallbackSuccess };

/**
 * Options of {@link handleAuth}: `returnPathname` (default after sign-in), `baseURL` (origin of
 * the final redirect, for containers), `onSuccess` (runs after the session is created; may return
 * a `Response` to send instead) and `onError` (builds the error response).
 */
export type HandleAuthOptions = CallbackRouteOptions<NextRequest>;

/**
 * The callback route (`app/callback/route.ts`: `export const GET = handleAuth()`): exchanges the
 * code, sets the session cookie, clears the verifier and redirects to the return path. Any error
 * clears the verifier and answers 400 (or `onError`'s response).
 */
export function handleAuth(options: HandleAuthOptions = {}) {
  return async function callback(request: NextRequest): Promise<Response> {
    const service = getAuthService();
    const params = request.nextUrl.searchParams;
    if (params.has(START_PARAM) && !params.get('code') && !params.get('state')) {
      return signInRedirect(service, request, {
        returnPathname: params.get('returnPathname') ?? options.returnPathname ?? '/',
        signUp: params.get(START_PARAM) === 'sign-up',
      });
    }
    const { response, headers } = await handleCallbackRequest(service, request, options);
    return withHeaderBag(response, headers);
  };
}
