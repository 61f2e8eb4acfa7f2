'use client';

import type { AuthKitTransport } from '@workos/authkit-session-react';
import { getAccessTokenAction, refreshAccessTokenAction, signOutAction } from '../actions.js';
import {
  checkSessionAction,
  getClientAuthAction,
  getOrganizationAction,
  refreshClientAuthAction,
  switchOrganizationAction,
} from './actions.js';

/** The Next.js glue of the React layer: every call is a server action (through the proxy). */
export const nextTransport: AuthKitTransport = {
  getAuth: (options) => getClientAuthAction(options),
  refreshAuth: (options) => refreshClientAuthAction(options),
  switchToOrganization: (organizationId, options) =>
    switchOrganizationAction(organizationId, {
      revalidationStrategy: options.revalidationStrategy,
      revalidationTags: options.revalidationTags,
    }),
  signOut: (options) => signOutAction(options.returnTo),
  getAccessToken: async () => (await getAccessTokenAction())?.accessToken,
  refreshAccessToken: async () => (await refreshAccessTokenAction())?.accessToken,
  checkSession: async () => {
    try {
      return await checkSessionAction();
    } catch (error) {
      // Signed out on a page the proxy protects, the action's POST is redirected to the sign-in
      // page (another origin), so the fetch fails. Ask for the page itself without following.
      const probe = await fetch(window.location.href, { redirect: 'manual', cache: 'no-store' });
      if (probe.type === 'opaqueredirect') return false;
      throw error;
    }
  },
  getOrganization: (organizationId) => getOrganizationAction(organizationId),
};
