import type { AuthService } from '../service/auth-service.js';
import type { AuthorizationOptions } from '../types.js';
import { isApiRequest, signInRedirectStatus } from './paths.js';
import { NO_STORE, redirectResponse, withHeaderBag } from './respond.js';

/** Options of {@link signInRedirect}: the authorization options, plus `signUp` for the sign-up screen. */
export type SignInRedirectOptions = Omit<AuthorizationOptions, 'request' | 'screenHint'> & {
  signUp?: boolean;
};

/**
 * A redirect to WorkOS sign-in (or sign-up) carrying this flow's verifier cookie: 307 for
 * GET/HEAD, 303 for anything else (a form POST must not be replayed at the sign-in page).
 */
export async function signInRedirect<TResponse>(
  service: AuthService<Request, TResponse>,
  request: Request,
  { signUp, ...options }: SignInRedirectOptions = {},
): Promise<Response> {
  const authorization = { ...options, request };
  const { url, headers } = signUp
    ? await service.createSignUp(undefined, authorization)
    : await service.createSignIn(undefined, authorization);
  return withHeaderBag(redirectResponse(url, signInRedirectStatus(request.method)), headers);
}

/** Options of {@link signedOutResponse}. */
export type SignedOutResponseOptions = SignInRedirectOptions & {
  /** Paths answered with 401 JSON (see {@link isApiRequest}). */
  apiPaths?: readonly string[];
  /** The adapter's own API decision, overriding `apiPaths` and the `Accept` check. */
  api?: boolean;
  /** Redirect pages to this app route (`?returnPathname=…` added) instead of straight to WorkOS. */
  signInPath?: string;
};

/**
 * What a signed-out request to a protected route gets: `401 { error: 'unauthorized' }` (uncached)
 * for API requests (`api`, else `apiPaths` or JSON-only `Accept`), otherwise a redirect (307 for
 * GET/HEAD, 303 otherwise) to `signInPath` or straight to sign-in ({@link signInRedirect}).
 */
export async function signedOutResponse<TResponse>(
  service: AuthService<Request, TResponse>,
  request: Request,
  options: SignedOutResponseOptions = {},
): Promise<Response> {
  const { apiPaths = [], api, signInPath, ...redirect } = options;
  if (api ?? isApiRequest(request, apiPaths)) {
    return Response.json(
      { error: 'unauthorized' },
      { status: 401, headers: { 'Cache-Control': NO_STORE } },
    );
  }
  if (signInPath) {
    const query = new URLSearchParams({ returnPathname: redirect.returnPathname ?? '/' });
    return redirectResponse(`${signInPath}?${query}`, signInRedirectStatus(request.method));
  }
  return signInRedirect(service, request, redirect);
}
