import { redirect } from '@tanstack/react-router';
import { createServerFn } from '@tanstack/react-start';
import { getRequest, setResponseHeader } from '@tanstack/react-start/server';
import {
  checkRecentAuth as checkRecentAuthOf,
  InvalidArgumentError,
  type RecentAuthResult,
} from '@workos/authkit-session';
import {
  absoluteReturnTo,
  assertRequestOrigin,
  toClientAuth,
} from '@workos/authkit-session/adapter';
import { getAuthService } from './auth-service.js';
import { startAuthorization } from './auth-urls.js';
import { getAuthFromContext } from './context.js';
import {
  parseSignOutInput,
  parseSwitchInput,
  rejectUnknownFields,
  type SignOutInput,
  type SwitchOrganizationInput,
} from './input.js';
import { switchSession } from './organization-switch.js';
import { applyHeaderBag } from './response-headers.js';
import type { NoUserInfo, UserInfo } from './types.js';

/**
 * The current user (or `{ user: null }`), safe to send to the browser: no refresh token and no
 * access token (what `beforeLoad` returns is embedded in the server-rendered HTML). Call it from
 * loaders and `beforeLoad`; on the client it is an RPC through `authkitMiddleware()`, so an
 * expiring session is refreshed on the way.
 */
export const getAuth = createServerFn({ method: 'GET' }).handler((): UserInfo | NoUserInfo =>
  toClientAuth(getAuthFromContext(), { accessToken: true }),
);

/**
 * Clears the session cookie and answers the WorkOS logout URL (`null` without a session). Throws
 * `CrossOriginRequestError` first for a request from another site.
 */
async function endSession(data: SignOutInput) {
  const request = getRequest();
  assertSameOrigin(request);
  const returnTo = absoluteReturnTo(data.returnTo, request.url);
  const { logoutUrl, headers } = await getAuthService().signOut({ request, returnTo });
  applyHeaderBag(headers);
  return { logoutUrl, returnTo };
}

/**
 * Throws `CrossOriginRequestError` (`cross_origin_request`) when the request being handled comes
 * from another site (its `Origin` or `Sec-Fetch-Site`): a form on another site must not sign the
 * user out, switch the organization or start a sign-in into one.
 */
function assertSameOrigin(request: Request): void {
  assertRequestOrigin(request, { redirectUri: getAuthService().getConfig().redirectUri });
}

/**
 * Ends the session: clears the cookie and redirects (303) to the WorkOS logout URL, which returns
 * to `returnTo` (a same-site path; without it, to the sign-out redirect configured in WorkOS).
 * Without a session it redirects to `returnTo` (default `/`). Call it from a server route (a
 * sign-out form), a loader, or the client.
 * Throws `CrossOriginRequestError` for a request from another site (answer 403).
 */
export const signOut = createServerFn({ method: 'POST' })
  .validator((input?: SignOutInput) => parseSignOutInput(input))
  .handler(async ({ data }) => {
    const { logoutUrl, returnTo } = await endSession(data);
    throw redirect({ href: logoutUrl ?? returnTo ?? '/', statusCode: 303, reloadDocument: true });
  });

/**
 * Ends the session like `signOut` (the cookie is cleared) but answers `{ url }` instead of
 * redirecting: the WorkOS logout URL to send the browser to, or `null` when there was no session.
 */
export const getSignOutUrl = createServerFn({ method: 'POST' })
  .validator((input?: SignOutInput) => parseSignOutInput(input))
  .handler(async ({ data }): Promise<{ url: string | null }> => {
    const { logoutUrl } = await endSession(data);
    return { url: logoutUrl };
  });

/**
 * Moves the session to another organization the user belongs to and answers the new
 * `UserInfo`. `returnTo` is where the browser goes when the switch cannot happen here: signed
 * out, it redirects there (without `returnTo`, to a sign-in for that organization); when the
 * organization demands a new sign-in (`sso_required`, `mfa_enrollment`), it redirects to that
 * sign-in, which comes back to `returnTo`. A refused switch (not a member) throws
 * `OrganizationSwitchError`. Throws `CrossOriginRequestError` for a request from another site
 * (answer 403), before anything else.
 */
export const switchToOrganization = createServerFn({ method: 'POST' })
  .validator((input: SwitchOrganizationInput) => parseSwitchInput(input))
  .handler(async ({ data }): Promise<UserInfo> => {
    assertSameOrigin(getRequest());
    const auth = getAuthFromContext();
    if (!auth.user) {
      const href =
        data.returnTo ??
        (await startAuthorization({ organizationId: data.organizationId, screenHint: 'sign-in' }));
      throw redirect({ href, statusCode: 303, reloadDocument: true });
    }
    const switched = await switchSession(auth, data.organizationId, data.returnTo);
    return toClientAuth(switched, { accessToken: true }) as UserInfo;
  });

/**
 * How recently the user actively authenticated (`auth_time`): `{ isStale, authenticatedAt }`.
 * Stale when longer ago than `maxAge` seconds, when signed out, or without `auth_time`. Data
 * only, it never redirects: to re-authenticate, send the user to
 * `getSignInUrl({ data: { maxAge } })`.
 */
export const checkRecentAuth = createServerFn({ method: 'GET' })
  .validator((input: { maxAge: number }) => {
    if (typeof input !== 'object' || input === null) {
      throw new InvalidArgumentError('checkRecentAuth takes { maxAge } (seconds).');
    }
    rejectUnknownFields(input, ['maxAge'], 'checkRecentAuth');
    return { maxAge: input.maxAge };
  })
  .handler(({ data }): RecentAuthResult => checkRecentAuthOf(getAuthFromContext(), data));
