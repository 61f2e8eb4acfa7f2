import {
  applySetCookieLines,
  getConfigurationProvider,
  isApiRequest,
  markSessionResponse,
  matchesAny,
  setCookieLines,
  signedOutResponse,
  withHeaderBag,
} from '@workos/authkit-session';
import { type NextRequest, NextResponse } from 'next/server';
import { getAuthService, PATHNAME_HEADER } from './service.js';

/** Options of {@link authkitProxy}. */
export interface AuthkitProxyOptions {
  /** Protect every matched route by default, except `unauthenticatedPaths`. */
  middlewareAuth?: { enabled: boolean; unauthenticatedPaths?: string[] };
  /** Paths whose sign-in redirect shows the sign-up screen. */
  signUpPaths?: string[];
  /** Paths answered with `401 { error: 'unauthorized' }` instead of a redirect. Default `['/api/:path*']`. */
  apiPaths?: string[];
  /** Callback URL for this deployment, overriding `WORKOS_REDIRECT_URI`. */
  redirectUri?: string;
  /** Log each decision to the console. */
  debug?: boolean;
}

/**
 * The proxy (`proxy.ts`, Next 16) / middleware (`middleware.ts`, Next 15): verifies the session,
 * refreshes it when due, writes the new cookie on the response and hands it to the same request's
 * server components; with `middlewareAuth`, sends signed-out visitors to sign-in (or `401` for APIs).
 */
export function authkitProxy(options: AuthkitProxyOptions = {}) {
  const apiPaths = options.apiPaths ?? ['/api/:path*'];
  const log = (message: string) => {
    if (options.debug) console.log(`[authkit] ${message}`);
  };

  return async function proxy(request: NextRequest): Promise<NextResponse> {
    const service = getAuthService();
    const { pathname, search } = request.nextUrl;
    const { auth, headers } = await service.withAuth(request);
    log(
      `${request.method} ${pathname}: ${auth.user ? `signed in as ${auth.user.id}` : `signed out (${auth.reason})`}${headers ? ', cookies updated' : ''}`,
    );

    if (!auth.user && isProtected(pathname, options)) {
      const signUp = matchesAny(pathname, options.signUpPaths);
      log(
        `${pathname}: ${isApiRequest(request, apiPaths) ? '401 (API)' : `to ${signUp ? 'sign-up' : 'sign-in'}`}`,
      );
      const response = await signedOutResponse(service, request, {
        apiPaths,
        signUp,
        returnPathname: pathname + search,
        redirectUri: options.redirectUri,
      });
      return withHeaderBag(new NextResponse(response.body, response), headers);
    }

    const forward = new Headers(request.headers);
    forward.set(PATHNAME_HEADER, pathname + search);
    const lines = setCookieLines(headers);
    if (lines.length > 0) {
      forward.set('cookie', applySetCookieLines(request.headers.get('cookie'), lines));
    }
    const next = withHeaderBag(NextResponse.next({ request: { headers: forward } }), headers);
    // Pages and APIs rendered for this session: Vary: Cookie; signed in, private, no-store.
    markSessionResponse(next.headers, auth.user !== null);
    return next;
  };
}

/** Alias of {@link authkitProxy} for `middleware.ts` (Next 15). */
export const authkitMiddleware = authkitProxy;

function isProtected(pathname: string, options: AuthkitProxyOptions): boolean {
  if (!options.middlewareAuth?.enabled) return false;
  const redirectUri = options.redirectUri ?? getConfigurationProvider().getConfig().redirectUri;
  if (pathname === new URL(redirectUri).pathname) return false;
  return !matchesAny(pathname, options.middlewareAuth.unauthenticatedPaths);
}
