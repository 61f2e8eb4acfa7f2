import { redirect } from '@tanstack/react-router';
import { createServerFn } from '@tanstack/react-start';
import { getRequest, setResponseHeader } from '@tanstack/react-start/server';
import {
  absoluteReturnTo,
  assertRequestOrigin,
  PRIVATE_NO_STORE,
  sanitizeReturnPathname,
  sessionFromAuth,
  toClientAuth,
  toClientToken,
} from '@workos/authkit-session';
import type { ClientAccessToken } from '@workos/authkit-session/client';
import { getAuthService } from './auth-service.js';
import type { ClientAuth, ClientSignedInAuth } from './client-auth.js';
import { getAuthFromContext } from './context.js';
import {
  parseSignInUrlInput,
  parseSwitchInput,
  readField,
  type SignInUrlInput,
  type SignOutInput,
  type SwitchOrganizationInput,
} from './input.js';
import { applyHeaderBag } from './response-headers.js';

/**
 * The current user (or `{ user: null }`), safe to send to the browser: no refresh token and no
 * access token (what `beforeLoad` returns is embedded in the server-rendered HTML). Call it from
 * loaders and `beforeLoad`; on the client it is an RPC through `authkitMiddleware()`, so an
 * expiring session is refreshed on the way.
 */
export const getAuth = createServerFn({ method: 'GET' }).handler(
  (): ClientAuth => toClientAuth(getAuthFromContext()),
);

/**
 * The current access token and its expiry (`{ accessToken, expiresAt }`), or `null` when signed
 * out: what `useAccessToken()` asks for, on demand, so the token never sits in server-rendered
 * HTML. An expiring session is refreshed on the way (through `authkitMiddleware()`). Uncached.
 */
export const getAccessToken = createServerFn({ method: 'GET' }).handler(
  (): ClientAccessToken | null => {
    setResponseHeader('cache-control', PRIVATE_NO_STORE);
    return toClientToken(getAuthFromContext());
  },
);

/**
 * The WorkOS sign-in URL. Writes this sign-in's PKCE verifier cookie on the response, so redirect
 * the same browser to the URL. Input: `{ returnPathname?, organizationId?, loginHint? }`.
 */
export const getSignInUrl = createServerFn({ method: 'GET' })
  .validator((input?: SignInUrlInput | string) => parseSignInUrlInput(input))
  .handler(async ({ data }) => {
    const { url, headers } = await getAuthService().createSignIn(undefined, {
      ...data,
      request: getRequest(),
    });
    applyHeaderBag(headers);
    return url;
  });

/** The WorkOS sign-up URL (`screen_hint=sign-up`); otherwise like `getSignInUrl`. */
export const getSignUpUrl = createServerFn({ method: 'GET' })
  .validator((input?: SignInUrlInput | string) => parseSignInUrlInput(input))
  .handler(async ({ data }) => {
    const { url, headers } = await getAuthService().createSignUp(undefined, {
      ...data,
      request: getRequest(),
    });
    applyHeaderBag(headers);
    return url;
  });

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
 * to `returnTo` (a same-site path). Call it from a server route (a sign-out form) or the client.
 * Throws `CrossOriginRequestError` for a request from another site (answer 403).
 */
export const signOut = createServerFn({ method: 'POST' })
  .validator((input?: SignOutInput) => ({ returnTo: readField(input, 'returnTo') }))
  .handler(async ({ data }) => {
    const request = getRequest();
    assertSameOrigin(request);
    const returnTo = absoluteReturnTo(data.returnTo, request.url);
    const { logoutUrl, headers } = await getAuthService().signOut({ request, returnTo });
    applyHeaderBag(headers);
    throw redirect({ href: logoutUrl ?? returnTo ?? '/', statusCode: 303, reloadDocument: true });
  });

/**
 * Switches the session to another organization the user belongs to and stores the new session.
 * Returns the new auth, or redirects (303) to `returnTo` when given. Signed out, it
 * redirects to sign-in for that organization. Throws `CrossOriginRequestError` for a request
 * from another site (answer 403), before anything else.
 */
export const switchToOrganization = createServerFn({ method: 'POST' })
  .validator((input: SwitchOrganizationInput) => parseSwitchInput(input))
  .handler(async ({ data }): Promise<ClientSignedInAuth> => {
    assertSameOrigin(getRequest());
    const auth = getAuthFromContext();
    const service = getAuthService();
    const returnPathname = data.returnTo ? sanitizeReturnPathname(data.returnTo) : undefined;
    if (!auth.user) {
      const { url, headers } = await service.createSignIn(undefined, {
        organizationId: data.organizationId,
        returnPathname,
        request: getRequest(),
      });
      applyHeaderBag(headers);
      throw redirect({ href: url, statusCode: 303, reloadDocument: true });
    }
    const result = await service.switchOrganization(sessionFromAuth(auth), data.organizationId);
    applyHeaderBag(result.headers);
    if (returnPathname)
      throw redirect({ href: returnPathname, statusCode: 303, reloadDocument: true });
    return toClientAuth(result.auth) as ClientSignedInAuth;
  });
