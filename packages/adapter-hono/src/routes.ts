import {
  AuthCallbackError,
  AuthKitError,
  type AuthResult,
  ConfigurationError,
  checkRequestOrigin,
  handleCallbackRequest,
  OrganizationSwitchError,
  sanitizeReturnPathname,
  signInRedirect,
  withHeaderBag,
} from '@workos/authkit-session/adapter';
import { type Context, type Handler, Hono } from 'hono';
import { getAuthKit } from './middleware.js';
import { redirectWith, renderError, signedOutResponse, withBag } from './respond.js';
import type { AuthKitHandle, AuthKitHonoOptions, AuthOperation } from './types.js';

/** The 403 page for a state-changing request from another origin, or `undefined` to go on. */
function refuseCrossOrigin(
  c: Context,
  { service, options }: AuthKitHandle,
  operation: AuthOperation,
): Promise<Response> | undefined {
  const { redirectUri } = service.getConfig();
  const { allowedOrigins } = options;
  const error = checkRequestOrigin(c.req.raw, {
    redirectUri,
    ...(allowedOrigins && { allowedOrigins }),
  });
  return error && renderError(c, options, error, operation, undefined, 403);
}

/** Turns anything thrown into an `AuthKitError`; configuration mistakes are rethrown. */
function asAuthKitError(error: unknown, operation: AuthOperation): AuthKitError {
  if (error instanceof ConfigurationError) throw error;
  if (error instanceof AuthKitError) return error;
  const message = `The ${operation} step failed unexpectedly. Try again.`;
  return operation === 'switch-organization'
    ? new OrganizationSwitchError(message, error)
    : new AuthCallbackError(message, error);
}

function authorizationHandler(
  screenHint: 'sign-in' | 'sign-up',
  options?: AuthKitHonoOptions,
): Handler {
  return async (c) => {
    const { service, options: resolved } = getAuthKit(c, options);
    const returnPathname = c.req.query('returnPathname');
    try {
      return await signInRedirect(service, c.req.raw, {
        signUp: screenHint === 'sign-up',
        ...(returnPathname ? { returnPathname } : {}),
      });
    } catch (error) {
      return renderError(c, resolved, asAuthKitError(error, 'sign-in'), 'sign-in');
    }
  };
}

/** `GET` handler that starts sign-in (`?returnPathname=/path` is honoured, sanitised). */
export const signInHandler = (options?: AuthKitHonoOptions): Handler =>
  authorizationHandler('sign-in', options);

/** `GET` handler that starts sign-up (`screen_hint=sign-up`). */
export const signUpHandler = (options?: AuthKitHonoOptions): Handler =>
  authorizationHandler('sign-up', options);

/**
 * `GET` handler for the OAuth callback (the core's adapter-kit callback). Success: session cookie
 * + verifier clear, 307 to the return path. Any failure (WorkOS's `?error=` included): the
 * verifier cleared and a 400 error page (`onError`).
 */
export function callbackHandler(options?: AuthKitHonoOptions): Handler {
  return async (c) => {
    const { service, options: resolved } = getAuthKit(c, options);
    const { response, headers } = await handleCallbackRequest(service, c.req.raw, {
      onError: ({ error }) =>
        renderError(c, resolved, asAuthKitError(error, 'callback'), 'callback'),
    });
    return withHeaderBag(response, headers);
  };
}

/**
 * `POST` handler that clears the session cookie and redirects to the WorkOS logout URL (also
 * when the token expired or could not be refreshed, e.g. during an outage), or to `/` when
 * there is no session.
 */
export function signOutHandler(options?: AuthKitHonoOptions): Handler {
  return async (c) => {
    const handle = getAuthKit(c, options);
    const refused = refuseCrossOrigin(c, handle, 'sign-out');
    if (refused) return refused;
    const { service, options: resolved } = handle;
    const { returnTo } = resolved;
    const { logoutUrl, headers } = await service.signOut({
      request: c,
      returnTo:
        typeof returnTo === 'function'
          ? returnTo(c)
          : (returnTo ?? `${new URL(c.req.url).origin}/`),
    });
    return redirectWith(logoutUrl ?? '/', headers, 303);
  };
}

/** Where to go after an organization switch: the form's `returnPathname`, the referring page, or `/`. */
function afterSwitch(c: Context, form: Record<string, unknown>): string {
  if (typeof form.returnPathname === 'string') return sanitizeReturnPathname(form.returnPathname);
  const from = new URL(c.req.header('referer') ?? '/', c.req.url);
  if (from.origin !== new URL(c.req.url).origin) return '/';
  return sanitizeReturnPathname(from.pathname + from.search);
}

/**
 * `POST` handler switching the session to the form field `organizationId`. When the organization
 * requires a fresh sign-in (WorkOS answers `sso_required` / `mfa_enrollment`), it redirects (303)
 * to sign in into that organization, returning to the same page; the current session stays.
 * When the session has ended at WorkOS, the cookie is cleared and the user sent to sign in.
 */
export function switchOrganizationHandler(options?: AuthKitHonoOptions): Handler {
  return async (c) => {
    const handle = getAuthKit(c, options);
    const refused = refuseCrossOrigin(c, handle, 'switch-organization');
    if (refused) return refused;
    const auth =
      (c.get('auth') as AuthResult | undefined) ?? (await handle.service.withAuth(c)).auth;
    if (!auth.user) return signedOutResponse(c, handle);
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const organizationId = typeof form.organizationId === 'string' ? form.organizationId : '';
    try {
      const returnPathname = afterSwitch(c, form);
      const result = await handle.service.switchToOrganization(auth, organizationId, {
        returnPathname,
        request: c,
      });
      // sign_in_required: the organization's SSO / MFA rules need a fresh sign-in into it.
      if (result.kind === 'sign_in_required') return redirectWith(result.url, result.headers, 303);
      return redirectWith(returnPathname, result.headers, 303);
    } catch (caught) {
      const error = asAuthKitError(caught, 'switch-organization');
      if (error instanceof OrganizationSwitchError && error.terminal) {
        const { headers } = await handle.service.clearSession(undefined, { request: c });
        return withBag(await signedOutResponse(c, handle), headers);
      }
      return renderError(c, handle.options, error, 'switch-organization');
    }
  };
}

const DEFAULT_PATHS = {
  signIn: '/login',
  signUp: '/signup',
  callback: '/callback',
  signOut: '/logout',
  switchOrganization: '/switch-organization',
};

/** Paths of the routes `authkitRoutes()` mounts. */
export type AuthKitRoutePaths = typeof DEFAULT_PATHS;

/**
 * The auth routes as a sub-app: `GET /login`, `GET /signup`, `GET /callback`, `POST /logout`,
 * `POST /switch-organization`. Mount with `app.route('/', authkitRoutes())`.
 */
export function authkitRoutes(
  options?: AuthKitHonoOptions & { paths?: Partial<AuthKitRoutePaths> },
): Hono {
  const paths = { ...DEFAULT_PATHS, ...options?.paths };
  return new Hono()
    .get(paths.signIn, signInHandler(options))
    .get(paths.signUp, signUpHandler(options))
    .get(paths.callback, callbackHandler(options))
    .post(paths.signOut, signOutHandler(options))
    .post(paths.switchOrganization, switchOrganizationHandler(options));
}
