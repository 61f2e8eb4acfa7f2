import type { PickedAuth } from './client-auth.js';

/** A server answer that asks the browser to go and sign in (only with `ensureSignedIn`). */
export interface SignInRequired {
  user: null;
  signInUrl: string;
}

/** A server answer reporting a failure the user can act on (the call then resolves `{ error }`). */
export interface AuthFailure {
  error: string;
}

/** What a transport's auth calls answer: an auth-shaped object, a sign-in to follow, or a failure. */
export type AuthAnswer = PickedAuth | SignInRequired | AuthFailure | Record<string, unknown>;

/** Options of `switchToOrganization()`. */
export interface SwitchToOrganizationOptions {
  /** After switching, navigate the browser here (a path on this app). */
  returnTo?: string;
  /** Next.js only: what to revalidate after switching (default `'none'`). Ignored elsewhere. */
  revalidationStrategy?: 'none' | 'tag' | 'path';
  /** Next.js only: the cache tags to revalidate with `revalidationStrategy: 'tag'`. */
  revalidationTags?: string[];
}

/** The organization shown by `<Impersonation>`. */
export interface OrganizationInfo {
  id: string;
  name: string;
}

/**
 * How the React layer talks to the server: the only framework-specific part. Each adapter
 * implements it with its own server actions or server functions; every call goes through the
 * server, which refreshes the session when due. No refresh token ever reaches the browser.
 */
export interface AuthKitTransport {
  /** The current auth; signed out with `ensureSignedIn`, a sign-in URL coming back to `returnPathname`. */
  getAuth(options: { ensureSignedIn?: boolean; returnPathname?: string }): Promise<AuthAnswer>;
  /** Refreshes the session now (optionally into another organization) and answers the new auth. */
  refreshAuth(options: {
    organizationId?: string;
    ensureSignedIn?: boolean;
    returnPathname?: string;
  }): Promise<AuthAnswer>;
  /** Switches the session to another organization and answers the new auth. */
  switchToOrganization(
    organizationId: string,
    options: SwitchToOrganizationOptions,
  ): Promise<AuthAnswer>;
  /** Ends the session and answers where to send the browser (the WorkOS logout URL). */
  signOut(options: { returnTo?: string }): Promise<string | undefined>;
  /** The current access token (the server refreshes it when due), `undefined` when signed out. */
  getAccessToken(): Promise<string | undefined>;
  /** Forces a refresh and answers the new access token. */
  refreshAccessToken(): Promise<string | undefined>;
  /** Whether the browser still has a usable session (false once it was revoked or expired). */
  checkSession(): Promise<boolean>;
  /** The current session's organization, for `<Impersonation>`; `null` when not allowed. */
  getOrganization(organizationId: string): Promise<OrganizationInfo | null>;
}
