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

/**
 * What a signed-out request to a protected route gets: `401 { error: 'unauthorized' }` for API
 * requests (`apiPaths` or JSON-only `Accept`), otherwise {@link signInRedirect}.
 */
export async function signedOutResponse<TResponse>(
  service: AuthService<Request, TResponse>,
  request: Request,
  options: SignInRedirectOptions & { apiPaths?: readonly string[] } = {},
): Promise<Response> {
  const { apiPaths = [], ...redirect } = options;
  if (isApiRequest(request, apiPaths)) {
    return Response.json(
      { error: 'unauthorized' },
      { status: 401, headers: { 'Cache-Control': NO_STORE } },
    );
  }
  return signInRedirect(service, request, redirect);
}
