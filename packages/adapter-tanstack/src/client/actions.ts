import { createServerFn } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import { AuthKitError, sessionFromAuth } from '@workos/authkit-session';
import { absoluteReturnTo, toClientAuth } from '@workos/authkit-session/adapter';
import type { ClientAuth as ClientAuthView } from '@workos/authkit-session/client';
import { getAuthService } from '../auth-service.js';
import type { ClientAuth } from '../client-auth.js';
import { getAuthFromContext } from '../context.js';
import { readField } from '../input.js';
import { applyHeaderBag } from '../response-headers.js';

// Server functions behind the React layer's transport (`./transport.ts`). On the client each is
// an RPC through `authkitMiddleware()`, which refreshes a due session first. Inputs come from
// the browser and are checked; failures answer `{ error }` instead of throwing.

/** An auth answer for the browser: the access token, no refresh token; or a sign-in to follow. */
export type ClientAuthAnswer = ClientAuth | { user: null; signInUrl: string } | { error: string };

interface AuthOptions {
  ensureSignedIn: boolean;
  returnPathname?: string;
  organizationId?: string;
}

function readAuthOptions(input: unknown): AuthOptions {
  const record = typeof input === 'object' && input !== null ? input : {};
  return {
    ensureSignedIn: (record as { ensureSignedIn?: unknown }).ensureSignedIn === true,
    returnPathname: readField(record, 'returnPathname'),
    organizationId: readField(record, 'organizationId'),
  };
}

async function signedOut(options: AuthOptions): Promise<ClientAuthAnswer> {
  if (!options.ensureSignedIn) return { user: null };
  const { url, headers } = await getAuthService().createSignIn(undefined, {
    returnPathname: options.returnPathname,
    organizationId: options.organizationId,
    request: getRequest(),
  });
  applyHeaderBag(headers);
  return { user: null, signInUrl: url };
}

function failure(error: unknown): { error: string } {
  if (error instanceof AuthKitError) return { error: error.message };
  throw error;
}

/**
 * The current auth for the browser WITHOUT the access token (as WorkOS's TanStack adapter's
 * `getAuthAction`): safe to return from a loader and pass to `<AuthKitProvider initialAuth>`.
 */
export const getAuthAction = createServerFn({ method: 'GET' }).handler(
  (): ClientAuthView => toClientAuth(getAuthFromContext()),
);

/** `useAuth().getAuth()`: the current auth; with `ensureSignedIn`, a sign-in URL when signed out. */
export const getClientAuth = createServerFn({ method: 'POST' })
  .validator(readAuthOptions)
  .handler(async ({ data }): Promise<ClientAuthAnswer> => {
    const auth = getAuthFromContext();
    return auth.user ? toClientAuth(auth, { accessToken: true }) : signedOut(data);
  });

/** `useAuth().refreshAuth()`: refreshes the session now, optionally into another organization. */
export const refreshClientAuth = createServerFn({ method: 'POST' })
  .validator(readAuthOptions)
  .handler(async ({ data }): Promise<ClientAuthAnswer> => {
    const auth = getAuthFromContext();
    if (!auth.user) return signedOut(data);
    try {
      const result = await getAuthService().refreshSession(
        sessionFromAuth(auth),
        data.organizationId,
      );
      applyHeaderBag(result.headers);
      return toClientAuth(result.auth, { accessToken: true });
    } catch (error) {
      return failure(error);
    }
  });

/** `useAuth().switchToOrganization()`: a sign-in URL when the organization demands one. */
export const switchOrganizationAction = createServerFn({ method: 'POST' })
  .validator((input: unknown) => ({
    organizationId: readField(input, 'organizationId'),
    returnPathname: readField(input, 'returnPathname'),
  }))
  .handler(async ({ data }): Promise<ClientAuthAnswer> => {
    if (!data.organizationId) return { error: 'switchToOrganization() needs an organization id.' };
    const auth = getAuthFromContext();
    if (!auth.user) {
      return signedOut({ ensureSignedIn: true, organizationId: data.organizationId });
    }
    try {
      const result = await getAuthService().switchToOrganization(
        sessionFromAuth(auth),
        data.organizationId,
        { returnPathname: data.returnPathname, request: getRequest() },
      );
      applyHeaderBag(result.headers);
      if (result.kind === 'sign_in_required') return { user: null, signInUrl: result.url };
      return toClientAuth(result.auth, { accessToken: true });
    } catch (error) {
      return failure(error);
    }
  });

/** `onSessionExpired`: whether the browser still has a session (the middleware refreshed it). */
export const checkSessionAction = createServerFn({ method: 'POST' }).handler(
  (): boolean => getAuthFromContext().user !== null,
);

/** `useAccessToken()`: the current access token (refreshed by the middleware when due). */
export const getAccessTokenAction = createServerFn({ method: 'POST' }).handler(
  (): string | null => {
    const auth = getAuthFromContext();
    return auth.user ? auth.accessToken : null;
  },
);

/** `useAccessToken().refresh()`: forces a refresh and returns the new access token. */
export const refreshAccessTokenAction = createServerFn({ method: 'POST' }).handler(
  async (): Promise<string | null> => {
    const auth = getAuthFromContext();
    if (!auth.user) return null;
    const result = await getAuthService().refreshSession(sessionFromAuth(auth));
    applyHeaderBag(result.headers);
    return result.auth.accessToken;
  },
);

/** `useAuth().signOut()`: clears the cookie and returns the WorkOS logout URL to visit. */
export const getSignOutUrlAction = createServerFn({ method: 'POST' })
  .validator((input: unknown) => ({ returnTo: readField(input, 'returnTo') }))
  .handler(async ({ data }): Promise<string> => {
    const request = getRequest();
    const returnTo = absoluteReturnTo(data.returnTo, request.url);
    const { logoutUrl, headers } = await getAuthService().signOut({ request, returnTo });
    applyHeaderBag(headers);
    return logoutUrl ?? returnTo ?? '/';
  });

/** `<Impersonation>`: the name of the session's own organization (no other organization). */
export const getOrganizationAction = createServerFn({ method: 'POST' })
  .validator((input: unknown) => ({ organizationId: readField(input, 'organizationId') }))
  .handler(async ({ data }): Promise<{ id: string; name: string } | null> => {
    const auth = getAuthFromContext();
    if (!auth.user || !data.organizationId || auth.organizationId !== data.organizationId) {
      return null;
    }
    try {
      const organization = await getAuthService()
        .getWorkOS()
        .organizations.getOrganization(data.organizationId);
      return { id: organization.id, name: organization.name };
    } catch {
      return null;
    }
  });
