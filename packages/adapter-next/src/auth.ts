import {
  type AuthorizationOptions,
  type AuthResult,
  absoluteReturnTo,
  getConfigurationProvider,
  NoSessionError,
  type Session,
  type SessionUpdate,
  type SignedInAuth,
} from '@workos/authkit-session';
import { redirect } from 'next/navigation';
import {
  assertSameOriginRequest,
  cookiesWritable,
  currentPathname,
  currentRequest,
  writeCookies,
} from './request-scope.js';
import { getAuthService } from './service.js';

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
 */
export async function withAuth(options: { ensureSignedIn: true }): Promise<SignedInAuth>;
export async function withAuth(options?: WithAuthOptions): Promise<AuthResult>;
export async function withAuth(options: WithAuthOptions = {}): Promise<AuthResult> {
  const refresh = cookiesWritable();
  const { auth, headers } = await getAuthService().withAuth(await currentRequest(), { refresh });
  if (headers && refresh) await writeCookies(headers, false);
  if (!auth.user && options.ensureSignedIn) await redirectToSignIn(await currentPathname());
  return auth;
}

/** Sends the user to sign-in, coming back to `returnPathname`. Never returns. */
async function redirectToSignIn(returnPathname: string): Promise<never> {
  const service = getAuthService();
  const request = await currentRequest();
  const { url, headers } = await service.createSignIn(undefined, { returnPathname, request });
  if (await writeCookies(headers, false)) redirect(url);
  // Rendering: the verifier cookie cannot be written here, so the callback route starts the flow.
  const start = new URL(getConfigurationProvider().getConfig().redirectUri);
  start.search = new URLSearchParams({ [START_PARAM]: 'sign-in', returnPathname }).toString();
  redirect(start.toString());
}

/** Options of {@link getSignInUrl} and {@link getSignUpUrl}. */
export type SignInUrlOptions = Omit<AuthorizationOptions, 'request' | 'screenHint'>;

/**
 * The WorkOS sign-in URL. Writes this flow's PKCE verifier cookie, so call it from a route
 * handler or a server action (e.g. `app/login/route.ts`), not while rendering.
 */
export async function getSignInUrl(options: SignInUrlOptions = {}): Promise<string> {
  const request = await currentRequest();
  const { url, headers } = await getAuthService().createSignIn(undefined, { ...options, request });
  await writeCookies(headers, 'getSignInUrl()');
  return url;
}

/** The WorkOS sign-up URL (`screen_hint=sign-up`); same rules as {@link getSignInUrl}. */
export async function getSignUpUrl(options: SignInUrlOptions = {}): Promise<string> {
  const request = await currentRequest();
  const { url, headers } = await getAuthService().createSignUp(undefined, { ...options, request });
  await writeCookies(headers, 'getSignUpUrl()');
  return url;
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

/**
 * Refreshes the session now (e.g. after a role change) and saves it; with `organizationId`,
 * switches to that organization. Throws `NoSessionError` when signed out.
 */
export async function refreshSession(
  options: { organizationId?: string } = {},
): Promise<SignedInAuth> {
  return updateSession('refreshSession()', (session) =>
    getAuthService().refreshSession(session, options.organizationId),
  );
}

/**
 * Switches the session to another organization the user belongs to and saves it. Throws
 * `NoSessionError` when signed out, `OrganizationSwitchError` when the switch is refused,
 * `CrossOriginRequestError` (`cross_origin_request`, answer 403) for a request from another site.
 */
export async function switchToOrganization(organizationId: string): Promise<SignedInAuth> {
  await assertSameOriginRequest();
  return updateSession('switchToOrganization()', (session) =>
    getAuthService().switchOrganization(session, organizationId),
  );
}

/** Reads the session (or throws `NoSessionError`), applies `update` and saves the result. */
async function updateSession(
  caller: string,
  update: (session: Session) => Promise<SessionUpdate>,
): Promise<SignedInAuth> {
  const session = await getAuthService().getSession(await currentRequest());
  if (!session) throw new NoSessionError();
  const result = await update(session);
  await writeCookies(result.headers, caller);
  return result.auth;
}
