import { type AuthResult, SessionRefreshError } from '@workos/authkit-session';
import { readCookie, serializeCookie, setCookieLines } from '@workos/authkit-session/adapter';
import type { NextRequest } from 'next/server';
import { AUTHORIZATION_URL_HEADER, PKCE_COOKIES_HEADER } from './proxy-headers.js';
import { getAuthService } from './service.js';
import { authenticateRequest, checkRefreshBuffer } from './session-refresh.js';
import type { AuthkitOptions, AuthkitResponse } from './types.js';
import { authInfo } from './user-info.js';

/** The script-readable access-token cookie `eagerAuth` writes on page loads. */
export const ACCESS_TOKEN_COOKIE = 'workos-access-token';
const ACCESS_TOKEN_COOKIE_MAX_AGE = 30;

/**
 * The session of a proxy request, for apps that compose their own `proxy.ts` / `middleware.ts`:
 * verifies the cookie and refreshes it when due (through the core), and returns the auth, the
 * headers to hand on (`handleAuthkitProxy(request, headers)`) and, when signed out, the
 * `authorizationUrl` to redirect to (`handleAuthkitProxy(request, headers, { redirect })`; its
 * verifier cookie is only set on that redirect). Session-dependent responses get
 * `Cache-Control: private, no-store` and `Vary: Cookie`.
 */
export function authkit(
  request: NextRequest,
  options: AuthkitOptions = {},
): Promise<AuthkitResponse> {
  return runAuthkit(request, options, true);
}

/**
 * {@link authkit}, creating the signed-out `authorizationUrl` (a sealed state and a verifier per
 * call) only when `authorize` is set: the proxy asks for it only where it will redirect.
 */
export async function runAuthkit(
  request: NextRequest,
  options: AuthkitOptions,
  authorize: boolean,
): Promise<AuthkitResponse> {
  const service = getAuthService();
  const buffer = checkRefreshBuffer(options.refreshBufferSeconds);
  const result = await authenticateRequest(service, request, buffer);
  const { auth } = result;
  const headers = new Headers({ 'x-workos-middleware': 'true', 'x-url': request.url });
  if (options.redirectUri) headers.set('x-redirect-uri', options.redirectUri);
  for (const line of setCookieLines(result.headers)) headers.append('set-cookie', line);
  log(options, request, auth, result.refreshed);

  if (auth.user && result.refreshed) {
    await options.onSessionRefreshSuccess?.({
      accessToken: auth.accessToken,
      user: auth.user,
      ...(auth.impersonator && { impersonator: auth.impersonator }),
      ...(auth.organizationId && { organizationId: auth.organizationId }),
    });
  }
  if (result.refreshFailed) {
    const { terminal } = result.refreshFailed;
    const error = new SessionRefreshError(
      terminal
        ? 'The session has ended and could not be refreshed; the user must sign in again.'
        : 'The session could not be refreshed right now; the cookie was kept for a retry.',
      { terminal },
    );
    await options.onSessionRefreshError?.({ error, request, isTransient: !terminal });
  }
  if (options.eagerAuth) eagerAccessTokenCookie(request, auth, headers);
  if (auth.user || hasSessionCookie(request) || request.headers.has('authorization')) {
    markPrivate(headers, request.headers.has('authorization'));
  }
  if (auth.user || !authorize) return { session: authInfo(auth), headers };

  const url = new URL(request.url);
  const authorization = {
    returnPathname: url.pathname + url.search,
    request,
    ...(options.redirectUri && { redirectUri: options.redirectUri }),
  };
  const signIn =
    options.screenHint === 'sign-up'
      ? await service.createSignUp(undefined, authorization)
      : await service.createSignIn(undefined, authorization);
  headers.set(AUTHORIZATION_URL_HEADER, signIn.url);
  headers.set(PKCE_COOKIES_HEADER, JSON.stringify(setCookieLines(signIn.headers)));
  return { session: authInfo(auth), headers, authorizationUrl: signIn.url };
}

/** `Cache-Control: private, no-store` and `Vary: Cookie` (+ `Authorization`) for a session-dependent response. */
function markPrivate(headers: Headers, authorization: boolean): void {
  headers.set('cache-control', 'private, no-store');
  headers.set('vary', authorization ? 'Cookie, Authorization' : 'Cookie');
}

function hasSessionCookie(request: NextRequest): boolean {
  const name = getAuthService().getConfig().cookieName;
  return request.cookies.getAll().some((c) => c.name === name || c.name.startsWith(`${name}.`));
}

/** A first page load (not an RSC fetch or a prefetch): where `eagerAuth` writes its cookie. */
function isDocumentRequest(request: NextRequest): boolean {
  const h = request.headers;
  if (!(h.get('accept') ?? '').includes('text/html')) return false;
  if (h.has('rsc') || h.has('next-router-state-tree') || h.has('next-router-prefetch'))
    return false;
  return h.get('purpose') !== 'prefetch' && h.get('sec-purpose') !== 'prefetch';
}

function eagerAccessTokenCookie(request: NextRequest, auth: AuthResult, headers: Headers): void {
  const secure = new URL(getAuthService().getConfig().redirectUri).protocol === 'https:';
  const options = { path: '/', sameSite: 'lax', secure } as const;
  const current = readCookie(request.headers.get('cookie'), ACCESS_TOKEN_COOKIE);
  if (auth.user) {
    if (isDocumentRequest(request) && current !== auth.accessToken) {
      headers.append(
        'set-cookie',
        serializeCookie(ACCESS_TOKEN_COOKIE, auth.accessToken, {
          ...options,
          maxAge: ACCESS_TOKEN_COOKIE_MAX_AGE,
        }),
      );
    }
  } else if (current !== null) {
    headers.append(
      'set-cookie',
      serializeCookie(ACCESS_TOKEN_COOKIE, '', options, { expired: true }),
    );
  }
}

function log(options: AuthkitOptions, request: NextRequest, auth: AuthResult, refreshed: boolean) {
  if (!options.debug) return;
  const who = auth.user ? `signed in as ${auth.user.id}` : `signed out (${auth.reason})`;
  console.log(
    `[authkit] ${request.method} ${request.nextUrl.pathname}: ${who}${refreshed ? ', refreshed' : ''}`,
  );
}
