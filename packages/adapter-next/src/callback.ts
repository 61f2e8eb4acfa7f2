import {
  type AuthenticationResponse,
  AuthKitError,
  appendHeaderBag,
  type HeaderBag,
  type SignedInAuth,
} from '@workos/authkit-session';
import type { NextRequest } from 'next/server';
import { START_PARAM } from './auth.js';
import { getAuthService, NO_STORE } from './service.js';

/** What `onSuccess` receives after a successful sign-in. */
export interface CallbackSuccess {
  auth: SignedInAuth;
  authResponse: AuthenticationResponse;
  /** The custom `state` passed to `getSignInUrl({ state })`, if any. */
  state?: string;
  returnPathname: string;
}

/** Options of {@link handleAuth}. */
export interface HandleAuthOptions {
  /** Where to go after sign-in when the sign-in did not ask for a path. Default `/`. */
  returnPathname?: string;
  /** Origin for the final redirect when the request's own origin is wrong (containers). */
  baseURL?: string;
  /** Runs after the session is created (persist tokens, provision the user, …). */
  onSuccess?: (result: CallbackSuccess) => void | Promise<void>;
  /** Builds the error response; the verifier cookie is cleared on it either way. */
  onError?: (params: { error: unknown; request: NextRequest }) => Response | Promise<Response>;
}

/**
 * The callback route (`app/callback/route.ts`: `export const GET = handleAuth()`): exchanges the
 * code, sets the session cookie, clears the verifier and redirects to the return path. Any error
 * clears the verifier and answers 400 (or `onError`'s response).
 */
export function handleAuth(options: HandleAuthOptions = {}) {
  return async function callback(request: NextRequest): Promise<Response> {
    const service = getAuthService();
    const params = request.nextUrl.searchParams;
    const origin = options.baseURL ?? request.nextUrl.origin;
    const code = params.get('code');
    const state = params.get('state');

    if (params.has(START_PARAM) && !code && !state) {
      const start = {
        returnPathname: params.get('returnPathname') ?? options.returnPathname ?? '/',
        request,
      };
      const { url, headers } =
        params.get(START_PARAM) === 'sign-up'
          ? await service.createSignUp(undefined, start)
          : await service.createSignIn(undefined, start);
      return respond(new Response(null, { status: 307, headers: { Location: url } }), headers);
    }

    try {
      const result = await service.handleCallback(request, undefined, {
        code,
        state,
        error: params.get('error'),
        errorDescription: params.get('error_description'),
      });
      const returnPathname =
        result.returnPathname === '/' && options.returnPathname
          ? options.returnPathname
          : result.returnPathname;
      await options.onSuccess?.({
        auth: result.auth,
        authResponse: result.authResponse,
        state: result.state,
        returnPathname,
      });
      const location = new URL(returnPathname, origin).toString();
      return respond(
        new Response(null, { status: 307, headers: { Location: location } }),
        result.headers,
      );
    } catch (error) {
      const { headers } = await service.clearPendingVerifier(undefined, { state, request });
      const response = options.onError
        ? await options.onError({ error, request })
        : errorPage(error instanceof AuthKitError ? error.code : 'authentication_failed');
      return respond(response, headers);
    }
  };
}

function respond(response: Response, bag: HeaderBag | undefined): Response {
  const copy = new Response(response.body, response);
  appendHeaderBag(copy.headers, bag);
  copy.headers.set('Cache-Control', NO_STORE);
  return copy;
}

function errorPage(code: string): Response {
  const safe = code.replace(/[^a-z0-9_.-]/gi, '');
  const html = `<!doctype html><html><head><title>Sign-in failed</title></head><body><h1>Sign-in failed</h1><p>Error: <code data-testid="auth-error">${safe}</code></p><p><a href="/">Back to the home page</a></p></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
