import {
  AuthCallbackError,
  AuthKitError,
  type AuthResult,
  ConfigurationError,
  decodeClaims,
  OrganizationSwitchError,
  sanitizeReturnPathname,
} from '@workos/authkit-session';
import { type Context, type Handler, Hono } from 'hono';
import { getAuthKit, signedOutResponse } from './middleware.js';
import { redirectWith, renderError } from './respond.js';
import type { AuthKitHandle, AuthKitHonoOptions, AuthOperation } from './types.js';

async function authOf(c: Context, handle: AuthKitHandle): Promise<AuthResult> {
  return (c.get('auth') as AuthResult | undefined) ?? (await handle.service.withAuth(c)).auth;
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

function authorizationHandler(kind: 'sign-in' | 'sign-up', options?: AuthKitHonoOptions): Handler {
  return async (c) => {
    const handle = getAuthKit(c, options);
    const returnPathname = c.req.query('returnPathname');
    try {
      const create = kind === 'sign-up' ? handle.service.createSignUp : handle.service.createSignIn;
      const { url, headers } = await create.call(handle.service, undefined, {
        ...(returnPathname ? { returnPathname } : {}),
        request: c,
      });
      return redirectWith(url, headers);
    } catch (error) {
      return renderError(c, handle.options, asAuthKitError(error, 'sign-in'), 'sign-in', undefined);
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
 * `GET` handler for the OAuth callback. Success: session cookie + verifier clear, redirect to
 * the return path. Any failure: the verifier cleared and a 400 error page (`onError`).
 */
export function callbackHandler(options?: AuthKitHonoOptions): Handler {
  return async (c) => {
    const handle = getAuthKit(c, options);
    const code = c.req.query('code') ?? null;
    const state = c.req.query('state') ?? null;
    const workosError = c.req.query('error');
    try {
      if (workosError) {
        const description = c.req.query('error_description');
        throw new AuthCallbackError(
          `WorkOS ended the sign-in with "${workosError}"${description ? `: ${description}` : ''}. Start the sign-in again.`,
        );
      }
      const result = await handle.service.handleCallback(c, undefined, { code, state });
      return redirectWith(result.returnPathname, result.headers);
    } catch (caught) {
      const error = asAuthKitError(caught, 'callback');
      const { headers } = await handle.service.clearPendingVerifier(undefined, {
        state,
        request: c,
      });
      return renderError(c, handle.options, error, 'callback', headers);
    }
  };
}

function returnToFor(c: Context, options: AuthKitHonoOptions): string {
  if (typeof options.returnTo === 'function') return options.returnTo(c);
  return options.returnTo ?? `${new URL(c.req.url).origin}/`;
}

/** The session id to sign out: the verified one, else the one in a still-sealed cookie. */
async function sessionIdOf(c: Context, handle: AuthKitHandle): Promise<string | undefined> {
  const auth = await authOf(c, handle);
  if (auth.user) return auth.sessionId;
  const session = await handle.service.getSession(c);
  return session ? (decodeClaims(session.accessToken)?.sid ?? undefined) : undefined;
}

/**
 * `POST` handler that clears the session cookie and redirects to the WorkOS logout URL (also
 * when the token could not be refreshed, e.g. during an outage, so the session still ends).
 */
export function signOutHandler(options?: AuthKitHonoOptions): Handler {
  return async (c) => {
    const handle = getAuthKit(c, options);
    const sessionId = await sessionIdOf(c, handle);
    if (!sessionId) {
      const { headers } = await handle.service.clearSession(undefined, { request: c });
      return redirectWith('/', headers, 303);
    }
    const { logoutUrl, headers } = await handle.service.signOut(sessionId, {
      returnTo: returnToFor(c, handle.options),
      request: c,
    });
    return redirectWith(logoutUrl, headers, 303);
  };
}

/** Where to go after an organization switch: the form's `returnPathname`, the referring page, or `/`. */
async function afterSwitch(c: Context, form: Record<string, unknown>): Promise<string> {
  if (typeof form.returnPathname === 'string') return sanitizeReturnPathname(form.returnPathname);
  const referer = c.req.header('referer');
  if (referer) {
    const from = new URL(referer, c.req.url);
    if (from.origin === new URL(c.req.url).origin)
      return sanitizeReturnPathname(from.pathname + from.search);
  }
  return '/';
}

/** `POST` handler switching the session to the form field `organizationId`. */
export function switchOrganizationHandler(options?: AuthKitHonoOptions): Handler {
  return async (c) => {
    const handle = getAuthKit(c, options);
    const auth = await authOf(c, handle);
    if (!auth.user) return signedOutResponse(c, handle);
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const organizationId = typeof form.organizationId === 'string' ? form.organizationId : '';
    try {
      if (!organizationId) {
        throw new OrganizationSwitchError('The form has no organizationId field. Add one.');
      }
      const session = {
        accessToken: auth.accessToken,
        refreshToken: auth.refreshToken,
        user: auth.user,
        ...(auth.impersonator ? { impersonator: auth.impersonator } : {}),
      };
      const { headers } = await handle.service.switchOrganization(session, organizationId);
      return redirectWith(await afterSwitch(c, form), headers, 303);
    } catch (caught) {
      const error = asAuthKitError(caught, 'switch-organization');
      return renderError(c, handle.options, error, 'switch-organization', undefined);
    }
  };
}

/** Paths of the routes `authkitRoutes()` mounts. */
export interface AuthKitRoutePaths {
  signIn: string;
  signUp: string;
  callback: string;
  signOut: string;
  switchOrganization: string;
}

const DEFAULT_PATHS: AuthKitRoutePaths = {
  signIn: '/login',
  signUp: '/signup',
  callback: '/callback',
  signOut: '/logout',
  switchOrganization: '/switch-organization',
};

/**
 * The auth routes as a sub-app: `GET /login`, `GET /signup`, `GET /callback`, `POST /logout`,
 * `POST /switch-organization`. Mount with `app.route('/', authkitRoutes())`.
 */
export function authkitRoutes(
  options?: AuthKitHonoOptions & { paths?: Partial<AuthKitRoutePaths> },
): Hono {
  const paths = { ...DEFAULT_PATHS, ...options?.paths };
  const routes = new Hono();
  routes.get(paths.signIn, signInHandler(options));
  routes.get(paths.signUp, signUpHandler(options));
  routes.get(paths.callback, callbackHandler(options));
  routes.post(paths.signOut, signOutHandler(options));
  routes.post(paths.switchOrganization, switchOrganizationHandler(options));
  return routes;
}
