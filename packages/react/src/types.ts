import type { SignedInClientAuth } from '@workos/authkit-session/client';
import type { ReactNode } from 'react';
import type { AuthError } from './auth-session.js';
import type { Impersonator, InitialAuth, User } from './client-auth.js';
import type { SwitchToOrganizationOptions } from './transport.js';

/** What `useAuth()` returns: the auth fields (no tokens), `loading` and the actions. */
export interface AuthContextType {
  user: User | null;
  sessionId: string | undefined;
  organizationId: string | undefined;
  role: string | undefined;
  roles: string[] | undefined;
  permissions: string[] | undefined;
  entitlements: string[] | undefined;
  featureFlags: string[] | undefined;
  impersonator: Impersonator | undefined;
  /** True until the first auth is known, and while a call below is on its way. */
  loading: boolean;
  /** Reads the auth from the server again; with `ensureSignedIn`, signed-out users go to sign-in. */
  getAuth: (options?: { ensureSignedIn?: boolean }) => Promise<void>;
  /** Refreshes the session now (optionally into `organizationId`); resolves `{ error }` on failure. */
  refreshAuth: (options?: {
    ensureSignedIn?: boolean;
    organizationId?: string;
  }) => Promise<AuthError | undefined>;
  /** Ends the session and sends the browser to the WorkOS logout URL (then to `returnTo`). */
  signOut: (options?: { returnTo?: string }) => Promise<void>;
  /** Switches the session to another organization; resolves the new auth or `{ error }`. */
  switchToOrganization: (
    organizationId: string,
    options?: SwitchToOrganizationOptions,
  ) => Promise<SignedInClientAuth | AuthError>;
}

/** Props of `<AuthKitProvider>`. */
export interface AuthKitProviderProps {
  children: ReactNode;
  /**
   * Called when the tab regains focus or becomes visible and the server says the session is gone
   * (revoked, expired). Default: reload the page. `false` turns the check off.
   */
  onSessionExpired?: false | (() => void);
  /**
   * The auth the server rendered with, so the first render already knows the user (no fetch).
   * Any auth-shaped object works, even a whole `withAuth()` result: only the browser-safe fields
   * are kept, never the refresh token or the sealed session.
   */
  initialAuth?: InitialAuth;
}

/** What `useAccessToken()` returns. */
export interface UseAccessTokenReturn {
  /** The current access token (`undefined` while loading or signed out). */
  accessToken: string | undefined;
  /** True while the first token is being fetched. */
  loading: boolean;
  /** The error of the last token request, if it failed. */
  error: Error | null;
  /** Forces a refresh through the server and resolves the new token. */
  refresh: () => Promise<string | undefined>;
  /**
   * The token for an API call: the current one, or a fresh one when it is about to expire.
   * Resolves `undefined` when signed out; rejects when the refresh failed.
   */
  getAccessToken: () => Promise<string | undefined>;
}
