import type { AuthKitTransport } from '@workos/authkit-session-react';
import {
  checkSessionAction,
  getAccessTokenAction,
  getClientAuth,
  getOrganizationAction,
  getSignOutUrlAction,
  refreshAccessTokenAction,
  refreshClientAuth,
  switchOrganizationAction,
} from './actions.js';

/** The TanStack Start glue of the React layer: every call is a server function RPC. */
export const tanstackTransport: AuthKitTransport = {
  getAuth: (options) => getClientAuth({ data: options }),
  refreshAuth: (options) => refreshClientAuth({ data: options }),
  switchToOrganization: (organizationId) =>
    switchOrganizationAction({
      data: { organizationId, returnPathname: window.location.pathname },
    }),
  signOut: (options) => getSignOutUrlAction({ data: options }),
  getAccessToken: async () => (await getAccessTokenAction()) ?? undefined,
  refreshAccessToken: async () => (await refreshAccessTokenAction()) ?? undefined,
  checkSession: () => checkSessionAction(),
  getOrganization: (organizationId) => getOrganizationAction({ data: { organizationId } }),
};
