import { isApiRequest, NO_STORE } from '@workos/authkit-session/adapter';
import { type NextRequest, NextResponse } from 'next/server';
import { isServerActionRequest, SIGNED_OUT_ACTION_MESSAGE } from './action-guard.js';
import { runAuthkit } from './authkit.js';
import { configurationErrorResponse, isConfigurationError } from './config-error.js';
import { compilePaths } from './paths.js';
import { handleAuthkitProxy, partitionAuthkitHeaders } from './proxy-headers.js';
import { getAuthService } from './service.js';
import { checkRefreshBuffer } from './session-refresh.js';
import type { AuthkitMiddlewareAuth } from './types.js';

/** Options of {@link authkitProxy} (also known as `AuthkitMiddlewareOptions`). */
export interface AuthkitProxyOptions {
  /** Protect every matched route by default, except `unauthenticatedPaths`. */
  middlewareAuth?: AuthkitMiddlewareAuth;
  /** Paths whose sign-in redirect shows the sign-up screen. */
  signUpPaths?: string[];
  /**
   * Paths answered with `401 { error: 'unauthorized' }` instead of a redirect. Default
   * `['/api/:path*']`. A signed-out server action (`Next-Action` header) on any protected path is
   * answered `401` (`text/plain`) too, never redirected.
   */
  apiPaths?: string[];
  /** Callback URL for this deployment, overriding `WORKOS_REDIRECT_URI`. */
  redirectUri?: string;
  /** Log each decision to the console. */
  debug?: boolean;
  /** See `AuthkitOptions.eagerAuth`: a short-lived script-readable access-token cookie on page loads. */
  eagerAuth?: boolean;
  /**
   * Refresh tokens this many seconds before expiry, for this proxy, instead of the configured
   * buffer (lower or higher; `0` refreshes only expired tokens).
   */
  refreshBufferSeconds?: number;
}

/**
 * The proxy (`proxy.ts`, Next 16) / middleware (`middleware.ts`, Next 15): verifies the session,
 * refreshes it when due, writes the new cookie on the response and hands it to the same request's
 * server components; with `middlewareAuth`, sends signed-out visitors to sign-in (or `401` for
 * APIs). Path lists use path-to-regexp 6 syntax and are compiled here: an invalid pattern throws
 * `InvalidArgumentError` when the proxy is created. A misconfigured app answers a clear error
 * page (logged once), never a stack trace.
 */
export function authkitProxy(options: AuthkitProxyOptions = {}) {
  const unauthenticated = compilePaths(
    'middlewareAuth.unauthenticatedPaths',
    options.middlewareAuth?.unauthenticatedPaths,
  );
  const signUp = compilePaths('signUpPaths', options.signUpPaths);
  const api = compilePaths('apiPaths', options.apiPaths ?? ['/api/:path*']);
  const refreshBufferSeconds = checkRefreshBuffer(options.refreshBufferSeconds);
  const signUpHeader = options.signUpPaths?.length ? JSON.stringify(options.signUpPaths) : null;
  let callback: { uri: string; pathname: string } | undefined;

  return async function proxy(request: NextRequest): Promise<NextResponse> {
    const { pathname } = request.nextUrl;
    try {
      const guarded = isProtected(pathname);
      const action = guarded && isServerActionRequest(request);
      const apiRequest = guarded && (action || api.test(pathname) || isApiRequest(request, []));
      const authkitOptions = {
        debug: options.debug,
        redirectUri: options.redirectUri,
        screenHint: signUp.test(pathname) ? ('sign-up' as const) : ('sign-in' as const),
        eagerAuth: options.eagerAuth,
        refreshBufferSeconds,
      };
      // The sign-in URL (a sealed state per call) is only made where a signed-out visitor is sent to it.
      const { session, headers, authorizationUrl } = await runAuthkit(
        request,
        authkitOptions,
        guarded && !apiRequest,
      );
      if (signUpHeader) headers.set('x-sign-up-paths', signUpHeader);
      if (session.user || !guarded) return handleAuthkitProxy(request, headers);
      if (apiRequest) {
        if (options.debug) console.log(`[authkit] ${pathname}: 401 (${action ? 'action' : 'API'})`);
        // A server action's fetch cannot follow a redirect to sign-in ("Failed to fetch"): Next's
        // client turns this `text/plain` 401 into the action's error, which the transport reads.
        const response = action
          ? new NextResponse(SIGNED_OUT_ACTION_MESSAGE, {
              status: 401,
              headers: { 'Content-Type': 'text/plain', 'Cache-Control': NO_STORE },
            })
          : NextResponse.json(
              { error: 'unauthorized' },
              { status: 401, headers: { 'Cache-Control': NO_STORE } },
            );
        for (const [name, value] of partitionAuthkitHeaders(request, headers).responseHeaders) {
          if (name === 'set-cookie') response.headers.append(name, value);
        }
        return response;
      }
      if (options.debug) console.log(`[authkit] ${pathname}: to sign-in`);
      return handleAuthkitProxy(request, headers, { redirect: authorizationUrl });
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      const response = configurationErrorResponse(request, error);
      return new NextResponse(response.body, response);
    }
  };

  function isProtected(pathname: string): boolean {
    if (!options.middlewareAuth?.enabled) return false;
    if (pathname === callbackPathname()) return false;
    return !unauthenticated.test(pathname);
  }

  /** The callback route's path (not protected), parsed once per redirect URI. */
  function callbackPathname(): string {
    const uri = options.redirectUri ?? getAuthService().getConfig().redirectUri;
    if (callback?.uri !== uri) callback = { uri, pathname: new URL(uri).pathname };
    return callback.pathname;
  }
}

/** Alias of {@link authkitProxy} for `middleware.ts` (Next 15). */
export const authkitMiddleware = authkitProxy;
