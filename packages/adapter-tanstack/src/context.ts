import { getGlobalStartContext } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { type AuthResult, UsageError } from '@workos/authkit-session';

/** What `authkitMiddleware()` puts into the request context. */
export interface AuthKitRequestContext {
  auth?: AuthResult;
  /** The middleware's `redirectUri` option, when given. */
  authkitRedirectUri?: string;
}

/**
 * The AuthKit context of the current request (the anchor's shape): `auth()` returns the result the
 * middleware computed, `request` the incoming request, `redirectUri` the middleware's option.
 */
export interface AuthKitContext {
  auth: () => AuthResult;
  request: Request;
  redirectUri?: string;
}

function readContext(): AuthKitRequestContext | undefined {
  try {
    return getGlobalStartContext() as AuthKitRequestContext | undefined;
  } catch {
    return undefined;
  }
}

function notRegistered(): UsageError {
  return new UsageError(
    'No AuthKit auth in the request context. Register authkitMiddleware() in `requestMiddleware` of createStart() (src/start.ts), and call getAuth or switchToOrganization only while handling a request.',
    'middleware_not_registered',
  );
}

/**
 * The auth result `authkitMiddleware()` computed for the current request (server only). Throws
 * a `UsageError` (`middleware_not_registered`) outside a request or without the middleware.
 */
export function getAuthFromContext(): AuthResult {
  const auth = readContext()?.auth;
  if (!auth) throw notRegistered();
  return auth;
}

/** The middleware's `redirectUri` option for the current request, if any. */
export function getRedirectUriFromContext(): string | undefined {
  return readContext()?.authkitRedirectUri;
}

/**
 * The AuthKit context of the current request, or `null` outside a request or without
 * `authkitMiddleware()`.
 */
export function getAuthKitContextOrNull(): AuthKitContext | null {
  const context = readContext();
  const auth = context?.auth;
  if (!auth) return null;
  let request: Request;
  try {
    request = getRequest();
  } catch {
    return null;
  }
  const result: AuthKitContext = { auth: () => auth, request };
  if (context.authkitRedirectUri) result.redirectUri = context.authkitRedirectUri;
  return result;
}

/**
 * The AuthKit context of the current request, for your own server functions and middleware:
 * `const { user } = getAuthKitContext().auth()`. Throws a `UsageError`
 * (`middleware_not_registered`) outside a request or without `authkitMiddleware()`.
 */
export function getAuthKitContext(): AuthKitContext {
  const context = getAuthKitContextOrNull();
  if (!context) throw notRegistered();
  return context;
}
