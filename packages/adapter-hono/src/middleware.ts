import type { AuthResult } from '@workos/authkit-session/adapter';
import { PRIVATE_NO_STORE } from '@workos/authkit-session/adapter';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { authkitFor } from './kit.js';
import {
  applyToContext,
  markContextResponse,
  registered,
  replaceResponse,
  signedOutResponse,
} from './respond.js';
import type { AuthKitEnv, AuthKitHandle, AuthKitHonoOptions, SignedInVariables } from './types.js';

export { signedOutResponse } from './respond.js';

const DEFAULT_OPTIONS: AuthKitHonoOptions = {};

/**
 * Reads the session on every request, refreshing it when the access token is expiring, and
 * puts the result on `c.var.auth`. Refreshed or cleared cookies are added to the response, which
 * gets `Vary: Cookie` and, for a signed-in request, `Cache-Control: private, no-store`.
 */
export function authkit(
  options: AuthKitHonoOptions = DEFAULT_OPTIONS,
): MiddlewareHandler<AuthKitEnv> {
  return createMiddleware<AuthKitEnv>(async (c, next) => {
    const handle = authkitFor(c, options);
    const { auth, headers } = await handle.service.withAuth(c);
    c.set('authkit', handle);
    c.set('auth', auth);
    // Set before the handler runs, so the response it builds (c.json(), c.html()…) carries them
    // from the start; markContextResponse then only checks them (a handler may still change them).
    c.header('Vary', 'Cookie');
    if (auth.user) c.header('Cache-Control', PRIVATE_NO_STORE);
    await next();
    applyToContext(c, headers);
    markContextResponse(c, auth.user !== null);
  });
}

/** The auth result of a request that went through `authkit()`. */
export function getAuth(c: Context): AuthResult {
  return registered<AuthResult>(
    c,
    'auth',
    'getAuth(c) found no auth result: add app.use(authkit()) before this route.',
  );
}

/**
 * The AuthKit handle for a request: the service of `authkit()` when it ran (with `options`
 * layered over its options), else the service for `options`.
 */
export function getAuthKit(c: Context, options?: AuthKitHonoOptions): AuthKitHandle {
  const installed = c.get('authkit') as AuthKitHandle | undefined;
  if (!installed) return authkitFor(c, options ?? DEFAULT_OPTIONS);
  if (!options || options === installed.options) return installed;
  return { service: installed.service, options: { ...installed.options, ...options } };
}

/**
 * Lets only signed-in requests through: pages redirect to sign-in (returning to the current
 * path), API requests get `401 { error: 'unauthorized' }`. Runs `authkit()` itself if needed.
 */
export function requireAuth(
  options: AuthKitHonoOptions = DEFAULT_OPTIONS,
): MiddlewareHandler<{ Variables: SignedInVariables }> {
  const ensure = authkit(options);
  const gate = async (c: Context, next: () => Promise<void>) => {
    if ((c.get('auth') as AuthResult).user) return next();
    replaceResponse(c, await signedOutResponse(c, getAuthKit(c, options)));
  };
  // Not async: a signed-in request (the common case) goes on to the handler without a promise of
  // its own.
  return createMiddleware((c, next) => {
    const auth = c.get('auth') as AuthResult | undefined;
    if (auth?.user) return next();
    if (auth) return gate(c, next);
    return ensure(c as Context<AuthKitEnv>, () => gate(c, next));
  });
}
