import { isRedirect } from '@tanstack/react-router';
import type { AuthAnswer, AuthKitTransport } from '@workos/authkit-session-react';
import {
  checkSessionAction,
  getAccessTokenAction,
  getOrganizationAction,
  refreshAccessTokenAction,
  refreshAuthAction,
  switchToOrganizationAction,
} from '../actions.js';
import { getSignInUrl } from '../auth-urls.js';
import { getAuth, getSignOutUrl } from '../server-functions.js';
import type { ClientUserInfo, NoUserInfo } from '../types.js';

// The TanStack Start glue of the React layer: every call is an RPC to one of this package's public
// server functions (the anchor's names), through `authkitMiddleware()`, which refreshes a due
// session first. No server function exists only for the browser.

interface SignInOptions {
  ensureSignedIn?: boolean;
  returnPathname?: string;
  organizationId?: string;
}

/** Signed out with `ensureSignedIn`: a sign-in (its verifier cookie set) to follow instead. */
async function orSignIn(answer: AuthAnswer, options: SignInOptions): Promise<AuthAnswer> {
  if ((answer as { user?: unknown }).user || !options.ensureSignedIn) return answer;
  const { returnPathname, organizationId } = options;
  return {
    user: null,
    signInUrl: await getSignInUrl({ data: { returnPathname, organizationId } }),
  };
}

/** Adds the session's (new) access token, so `useAccessToken()` follows a refresh at once. */
async function withToken(auth: ClientUserInfo | NoUserInfo): Promise<AuthAnswer> {
  return auth.user ? { ...auth, accessToken: await getAccessTokenAction() } : auth;
}

/** The current path, where a sign-in the organization demands comes back to. */
function here(): string {
  return window.location.pathname + window.location.search;
}

export const tanstackTransport: AuthKitTransport = {
  getAuth: async (options) => orSignIn(await getAuth(), options),
  refreshAuth: async ({ organizationId, ...options }) =>
    orSignIn(await withToken(await refreshAuthAction({ data: { organizationId } })), {
      ...options,
      organizationId,
    }),
  switchToOrganization: async (organizationId, options) => {
    try {
      const returnTo = options.returnTo ?? here();
      return await switchToOrganizationAction({ data: { organizationId, returnTo } });
    } catch (error) {
      // The organization demands a new sign-in: the server function redirects there.
      if (isRedirect(error) && error.options.href) {
        return { user: null, signInUrl: error.options.href };
      }
      throw error;
    }
  },
  signOut: async ({ returnTo }) => (await getSignOutUrl({ data: { returnTo } })).url ?? undefined,
  getAccessToken: () => getAccessTokenAction(),
  refreshAccessToken: () => refreshAccessTokenAction(),
  checkSession: () => checkSessionAction(),
  getOrganization: (organizationId) => getOrganizationAction({ data: organizationId }),
};
