import { type AuthorizationOptions, getConfigurationProvider } from '@workos/authkit-session';
import { absoluteReturnTo, decodeClaims } from '@workos/authkit-session/adapter';
import { redirect } from 'next/navigation';
import { compilePaths } from './paths.js';
import {
  assertSameOriginRequest,
  cookiesWritable,
  currentPathname,
  currentRequest,
  proxyOptions,
  writeCookies,
} from './request-scope.js';
import { getAuthService } from './service.js';
import type { NoUserInfo, UserInfo } from './types.js';
import { authInfo } from './user-info.js';

/** Options of {@link withAuth}. */
export interface WithAuthOptions {
  /** Redirect signed-out users to sign-in (and back to the current path afterwards). */
  ensureSignedIn?: boolean;
}

/** Query parameter that asks the callback route to start a sign-in (used where cookies are read-only). */
export const START_PARAM = 'authkit_start';

/**
 * The current user's auth, for server components, route handlers and server actions. Reads the
 * session cookie and verifies it through the core on every call (a cache keeps repeats cheap);
 * no request header is trusted. Where cookies can be written (route handlers, server actions) a
 * due session is refreshed and saved; while a server component renders it is never refreshed (the
 * rotated refresh token could not be saved): a still-valid token is signed in, an expired one reads
 * as signed out (`session_expired`) until the proxy or a route handler refreshes the cookie.
 * The returned `refreshToken` is readable but not enumerable (a spread leaves it out).
 */
export async function withAuth(options: { ensureSignedIn: true }): Promise<UserInfo>;
export async function withAuth(options?: WithAuthOptions): Promise<UserInfo | NoUserInfo>;
export async function withAuth(options: WithAuthOptions = {}): Promise<UserInfo | NoUserInfo> {
  const refresh = cookiesWritable();
  const { auth, headers } = await getAuthService().withAuth(await currentRequest(), { refresh });
  if (headers && refresh) await writeCookies(headers, false);
  if (!auth.user && options.ensureSignedIn) await redirectToSignIn();
  return authInfo(auth);
}

/**
 * Sends the user to sign-in (sign-up on the proxy's `signUpPaths`, through the proxy's
 * `redirectUri`), coming back to the current page; `organizationId` signs in to that organization.
 * Never returns.
 */
export async function redirectToSignIn(extra: { organizationId?: string } = {}): Promise<never> {
  const service = getAuthService();
  const returnPathname = await currentPathname();
  const { redirectUri, signUpPaths } = await proxyOptions();
  const signUp = signUpMatch(signUpPaths, new URL(returnPathname, 'http://x').pathname);
  const options = { returnPathname, request: await currentRequest(), redirectUri, ...extra };
  const { url, headers } = signUp
    ? await service.createSignUp(undefined, options)
    : await service.createSignIn(undefined, options);
  if (await writeCookies(headers, false)) redirect(url);
  // Rendering: the verifier cookie cannot be written here, so the callback route starts the flow.
  redirect(startUrl(signUp ? 'sign-up' : 'sign-in', returnPathname, redirectUri));
}

function signUpMatch(patterns: string[], pathname: string): boolean {
  try {
    return compilePaths('signUpPaths', patterns).test(pathname);
  } catch {
    return false;
  }
}

/**
 * Options of {@link getSignInUrl} and {@link getSignUpUrl}: the authorization options, with
 * `returnTo` accepted as another name for `returnPathname`.
 */
export type SignInUrlOptions = Omit<AuthorizationOptions, 'request' | 'screenHint'> & {
  /** Where to go after sign-in (same as `returnPathname`; sanitised to a path on this site). */
  returnTo?: string;
};

function authorizationOptions({ returnTo, ...options }: SignInUrlOptions) {
  return returnTo !== undefined && options.returnPathname === undefined
    ? { ...options, returnPathname: returnTo }
    : options;
}

/**
 * The WorkOS sign-in URL. Writes this flow's PKCE verifier cookie, so in a route handler or a
 * server action (e.g. `app/login/route.ts`) it is the WorkOS URL itself. While a server component
 * renders (cookies read-only) it is a link to the callback route that starts the same sign-in
 * there (`returnPathname`/`returnTo` only; other options throw `cookies_read_only` while rendering).
 */
export async function getSignInUrl(options: SignInUrlOptions = {}): Promise<string> {
  return authorizationUrl('sign-in', options);
}

/** The WorkOS sign-up URL (`screen_hint=sign-up`); same rules as {@link getSignInUrl}. */
export async function getSignUpUrl(options: SignInUrlOptions = {}): Promise<string> {
  return authorizationUrl('sign-up', options);
}

async function authorizationUrl(screen: 'sign-in' | 'sign-up', options: SignInUrlOptions) {
  const caller = screen === 'sign-in' ? 'getSignInUrl()' : 'getSignUpUrl()';
  const authorization = authorizationOptions(options);
  const { returnPathname, ...others } = authorization;
  if (!cookiesWritable() && Object.values(others).every((value) => value === undefined)) {
    return startUrl(screen, returnPathname);
  }
  const service = getAuthService();
  const request = await currentRequest();
  const { url, headers } =
    screen === 'sign-in'
      ? await service.createSignIn(undefined, { ...authorization, request })
      : await service.createSignUp(undefined, { ...authorization, request });
  await writeCookies(headers, caller);
  return url;
}

/** The callback route's URL that starts a sign-in where cookies can be written. */
function startUrl(screen: 'sign-in' | 'sign-up', returnPathname?: string, redirectUri?: string) {
  const start = new URL(redirectUri ?? getConfigurationProvider().getConfig().redirectUri);
  const params = new URLSearchParams({ [START_PARAM]: screen });
  if (returnPathname !== undefined) params.set('returnPathname', returnPathname);
  start.search = params.toString();
  return start.toString();
}

/** Options of {@link signOut} and {@link getSignOutUrl}. */
export interface SignOutOptions {
  /**
   * Where WorkOS sends the browser after ending the session: a path on this app (`/goodbye`),
   * made absolute on the `WORKOS_REDIRECT_URI` origin, or a URL on that origin (others give `/`).
   */
  returnTo?: string;
}

/**
 * Clears the session cookie and returns where to send the browser: the WorkOS logout URL that
 * ends the session, or `returnTo` (default `/`) when there was no session. Throws
 * `CrossOriginRequestError` (`cross_origin_request`, answer 403) for a request from another site.
 */
export async function getSignOutUrl(options: SignOutOptions = {}): Promise<string> {
  await assertSameOriginRequest();
  const request = await currentRequest();
  const origin = new URL(getConfigurationProvider().getConfig().redirectUri).origin;
  const returnTo = absoluteReturnTo(options.returnTo, origin);
  const { logoutUrl, headers } = await getAuthService().signOut({ returnTo, request });
  await writeCookies(headers, 'signOut()');
  return logoutUrl ?? returnTo ?? '/';
}

/** Signs out (server actions, route handlers): clears the cookie and redirects to WorkOS logout. */
export async function signOut(options: SignOutOptions = {}): Promise<never> {
  redirect(await getSignOutUrl(options));
}

/** Options of {@link refreshSession}. */
export interface RefreshSessionOptions {
  /** Switch the session to this organization while refreshing. */
  organizationId?: string;
  /** Signed out: redirect to sign-in instead of returning `{ user: null }`. */
  ensureSignedIn?: boolean;
}

/**
 * Refreshes the session now (e.g. after a role change) and saves it; with `organizationId`,
 * switches to that organization. Signed out: `{ user: null, reason }` (or a redirect to sign-in
 * with `ensureSignedIn`). Throws `TokenRefreshError` (`SessionRefreshError`) when WorkOS refuses.
 * Call it from a route handler or a server action.
 */
export async function refreshSession(
  options: RefreshSessionOptions & { ensureSignedIn: true },
): Promise<UserInfo>;
export async function refreshSession(
  options?: RefreshSessionOptions,
): Promise<UserInfo | NoUserInfo>;
export async function refreshSession(
  options: RefreshSessionOptions = {},
): Promise<UserInfo | NoUserInfo> {
  const service = getAuthService();
  const session = await service.getSession(await currentRequest());
  if (!session) {
    if (options.ensureSignedIn) await redirectToSignIn();
    return { user: null, reason: 'no_session' };
  }
  const organizationId =
    options.organizationId ?? session.organizationId ?? decodeClaims(session.accessToken)?.org_id;
  const result = await service.refreshSession(session, organizationId);
  await writeCookies(result.headers, 'refreshSession()');
  return authInfo(result.auth);
}
