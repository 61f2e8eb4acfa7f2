import {
  checkRecentAuth as checkAuthAge,
  type RecentAuthOptions,
  type RecentAuthResult,
  type SignedInAuth,
  sanitizeReturnPathname,
  signInRedirectStatus,
  stepUpSignInOptions,
} from '@workos/authkit-session/adapter';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getAuth, getAuthKit, requireAuth } from './middleware.js';
import { redirectWith, replaceResponse, wantsJson } from './respond.js';
import type { AuthKitHonoOptions, SignedInVariables } from './types.js';

/**
 * How recently the request's user actively authenticated (the access token's `auth_time`), for a
 * request that went through `authkit()`: `{ isStale, authenticatedAt }`. Stale when older than
 * `maxAge` seconds, without `auth_time`, or signed out. Data only; see `requireRecentAuth()`.
 */
export function checkRecentAuth(c: Context, options: RecentAuthOptions): RecentAuthResult {
  return checkAuthAge(getAuth(c), options);
}

/** Options of `requireRecentAuth()`. */
export interface RequireRecentAuthOptions extends AuthKitHonoOptions {
  /** Seconds since the user's last active sign-in beyond which they must authenticate again. */
  maxAge: number;
}

/**
 * Step-up: lets through signed-in users who authenticated within `maxAge` seconds. Others are
 * sent through sign-in again (the same user, organization and page, with OIDC `max_age`);
 * API requests get 401 `{ error: 'reauthentication_required' }`. Signed-out requests are
 * answered as by `requireAuth()`. Throws `InvalidArgumentError` at once for a bad `maxAge`.
 */
export function requireRecentAuth(
  options: RequireRecentAuthOptions,
): MiddlewareHandler<{ Variables: SignedInVariables }> {
  const { maxAge, ...authkitOptions } = options;
  checkAuthAge({ user: null, reason: 'no_session' }, { maxAge });
  const signedIn = requireAuth(authkitOptions);
  return createMiddleware<{ Variables: SignedInVariables }>((c, next) =>
    signedIn(c, async () => {
      const auth = c.get('auth') as SignedInAuth;
      if (!checkAuthAge(auth, { maxAge }).isStale) return next();
      const handle = getAuthKit(c, authkitOptions);
      if (wantsJson(c, handle.options)) {
        const headers = { 'Cache-Control': 'no-store' };
        replaceResponse(
          c,
          Response.json({ error: 'reauthentication_required' }, { status: 401, headers }),
        );
        return;
      }
      const url = new URL(c.req.url);
      const returnPathname = sanitizeReturnPathname(url.pathname + url.search);
      const signIn = await handle.service.createSignIn(undefined, {
        ...stepUpSignInOptions(auth, { maxAge, returnPathname }),
        request: c,
      });
      replaceResponse(
        c,
        redirectWith(signIn.url, signIn.headers, signInRedirectStatus(c.req.method)),
      );
    }),
  );
}
