import { createServerFn } from '@tanstack/react-start';
import { setResponseHeader } from '@tanstack/react-start/server';
import {
  type AuthResult,
  getWorkOS,
  SessionRefreshError,
  type SignedInAuth,
} from '@workos/authkit-session';
import { PRIVATE_NO_STORE, toClientAuth } from '@workos/authkit-session/adapter';
import { getAuthService } from './auth-service.js';
import { getAuthFromContext, getAuthKitContextOrNull } from './context.js';
import {
  parseOrganizationId,
  parseSwitchInput,
  readField,
  rejectUnknownFields,
  type SwitchOrganizationInput,
} from './input.js';
import { switchSession } from './organization-switch.js';
import { applyHeaderBag } from './response-headers.js';
import type { ClientUserInfo, NoUserInfo, OrganizationInfo } from './types.js';

// The anchor's server actions: what its client hooks call, and what this package's own client
// transport (`client/transport.ts`) calls. Each reads the auth the middleware computed for this
// request; none answers the refresh token, and only the `*AccessToken*` ones the access token.

function withoutToken(auth: AuthResult): ClientUserInfo | NoUserInfo {
  return toClientAuth(auth) as ClientUserInfo | NoUserInfo;
}

/**
 * Refreshes the session now (into `organizationId` when given) and stores it. A session WorkOS
 * has ended is cleared and answers `null`.
 */
async function refreshNow(organizationId?: string): Promise<SignedInAuth | null> {
  const auth = getAuthFromContext();
  if (!auth.user) return null;
  const service = getAuthService();
  try {
    const update = await service.refreshSession(auth, organizationId);
    applyHeaderBag(update.headers);
    return update.auth;
  } catch (error) {
    if (!(error instanceof SessionRefreshError) || !error.terminal) throw error;
    applyHeaderBag((await service.clearSession(undefined)).headers);
    return null;
  }
}

/** `true` when the request is signed in (`false` also without the middleware). */
export const checkSessionAction = createServerFn({ method: 'GET' }).handler(
  (): boolean => getAuthKitContextOrNull()?.auth().user != null,
);

/** The current user without the access token (seeds a client provider), or `{ user: null }`. */
export const getAuthAction = createServerFn({ method: 'GET' }).handler(
  (): ClientUserInfo | NoUserInfo => withoutToken(getAuthFromContext()),
);

/** Refreshes the session now (into `organizationId` when given); answers it without the token. */
export const refreshAuthAction = createServerFn({ method: 'POST' })
  .validator((input?: { organizationId?: string }) => {
    rejectUnknownFields(input, ['organizationId'], 'refreshAuthAction');
    return { organizationId: readField(input, 'organizationId') };
  })
  .handler(async ({ data }): Promise<ClientUserInfo | NoUserInfo> => {
    const auth = await refreshNow(data.organizationId);
    return auth ? withoutToken(auth) : { user: null };
  });

/** The current access token, or `undefined` when signed out (uncached). */
export const getAccessTokenAction = createServerFn({ method: 'GET' }).handler(
  (): string | undefined => {
    setResponseHeader('cache-control', PRIVATE_NO_STORE);
    const auth = getAuthKitContextOrNull()?.auth();
    return auth?.user ? auth.accessToken : undefined;
  },
);

/** Refreshes the session now and answers the new access token (`undefined` when signed out; uncached). */
export const refreshAccessTokenAction = createServerFn({ method: 'POST' }).handler(
  async (): Promise<string | undefined> => {
    setResponseHeader('cache-control', PRIVATE_NO_STORE);
    return (await refreshNow())?.accessToken;
  },
);

/**
 * Moves the session to `organizationId` (as `switchToOrganization`, redirecting (303) to a sign-in
 * when the organization demands one, which comes back to `returnTo`); answers the new auth without
 * the token, `{ user: null }` when signed out. A refused switch throws `OrganizationSwitchError`.
 */
export const switchToOrganizationAction = createServerFn({ method: 'POST' })
  .validator((input: SwitchOrganizationInput) =>
    parseSwitchInput(input, 'switchToOrganizationAction'),
  )
  .handler(async ({ data }): Promise<ClientUserInfo | NoUserInfo> => {
    const auth = getAuthFromContext();
    if (!auth.user) return { user: null };
    return withoutToken(await switchSession(auth, data.organizationId, data.returnTo));
  });

/**
 * `{ id, name }` of an organization, only for the one the caller's session is in: any other id
 * (or signed out) answers `null`, so no one reads another organization's details. A WorkOS
 * failure answers `null` too.
 */
export const getOrganizationAction = createServerFn({ method: 'GET' })
  .validator((organizationId: string) => parseOrganizationId(organizationId))
  .handler(async ({ data: organizationId }): Promise<OrganizationInfo | null> => {
    const auth = getAuthFromContext();
    if (!auth.user || auth.organizationId !== organizationId) return null;
    try {
      const organization = await getWorkOS().organizations.getOrganization(organizationId);
      return { id: organization.id, name: organization.name };
    } catch {
      return null;
    }
  });
