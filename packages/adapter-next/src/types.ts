/** The type names of `@workos-inc/authkit-nextjs`, for code migrating with an import rename. */

import type {
  AccessTokenClaims,
  Impersonator,
  SignedInAuth,
  SignedOutAuth,
} from '@workos/authkit-session';
import type { SignInSuccessFields } from '@workos/authkit-session/adapter';
import type { User } from '@workos-inc/node';
import type { NextRequest } from 'next/server';
import type { SignInUrlOptions } from './auth.js';

export type { Impersonator, Session } from '@workos/authkit-session';

/** A signed-in user's auth, as `withAuth()` returns it (its `refreshToken` is not enumerable). */
export type UserInfo = SignedInAuth;

/**
 * A signed-out `withAuth()`: `user: null` and the `reason`. The other fields are declared
 * `undefined` so that `const { user, accessToken } = await withAuth()` type-checks.
 */
export interface NoUserInfo extends SignedOutAuth {
  sessionId?: undefined;
  organizationId?: undefined;
  role?: undefined;
  roles?: undefined;
  permissions?: undefined;
  entitlements?: undefined;
  featureFlags?: undefined;
  impersonator?: undefined;
  accessToken?: undefined;
  refreshToken?: undefined;
  claims?: undefined;
}

/** The claims of a WorkOS access token. */
export type AccessToken = AccessTokenClaims;

/** Options of `getSignInUrl` / `getSignUpUrl`, plus the screen to show. */
export interface GetAuthURLOptions extends SignInUrlOptions {
  screenHint?: 'sign-up' | 'sign-in';
}

/** What `handleAuth({ onSuccess })` receives about a completed sign-in (the original fields). */
export interface HandleAuthSuccessData extends SignInSuccessFields {}

/** `middlewareAuth` of the proxy options. */
export interface AuthkitMiddlewareAuth {
  /** Protect every matched route, except `unauthenticatedPaths`. */
  enabled: boolean;
  /** Paths (path-to-regexp 6 syntax) that stay public. */
  unauthenticatedPaths?: string[];
}

/** Options of `authkit(request, options)`. */
export interface AuthkitOptions {
  /** Log each decision to the console. */
  debug?: boolean;
  /** Callback URL for this deployment, overriding `WORKOS_REDIRECT_URI`. */
  redirectUri?: string;
  /** The screen `authorizationUrl` opens when signed out. Default `'sign-in'`. */
  screenHint?: 'sign-up' | 'sign-in';
  /**
   * Also write the access token to a short-lived (30 s), script-readable `workos-access-token`
   * cookie on page loads, for client code that needs it before the first fetch. Off by default:
   * it exposes the access token to the page's scripts.
   */
  eagerAuth?: boolean;
  /**
   * Refresh a token this many seconds before it expires, instead of the configured
   * `WORKOS_REFRESH_BUFFER_SECONDS` (default 30, capped at a third of the token's lifetime): lower
   * or higher, used as given; `0` refreshes only expired tokens.
   */
  refreshBufferSeconds?: number;
  /** Runs after the session was refreshed on this request. */
  onSessionRefreshSuccess?: (data: {
    accessToken: string;
    user: User;
    impersonator?: Impersonator;
    organizationId?: string;
  }) => void | Promise<void>;
  /**
   * Runs when the session could not be refreshed. `isTransient` (WorkOS unreachable, 429, 5xx):
   * the cookie was kept for a later retry; otherwise the session has ended and was cleared.
   */
  onSessionRefreshError?: (params: {
    error?: unknown;
    request: NextRequest;
    isTransient: boolean;
  }) => void | Promise<void>;
}

/** `authkit()`'s answer. */
export interface AuthkitResponse {
  session: UserInfo | NoUserInfo;
  /** Pass to `handleAuthkitProxy` (or split with `partitionAuthkitHeaders`). */
  headers: Headers;
  /** Signed out: where to send the user to sign in (redirect there with `handleAuthkitProxy`). */
  authorizationUrl?: string;
}

/** Session cookie attributes. */
export interface CookieOptions {
  path: '/';
  httpOnly: true;
  secure: boolean;
  sameSite: 'lax' | 'strict' | 'none';
  maxAge: number;
  domain: string | undefined;
}

/** What the original package recorded about a failed callback (not filled in here: see `error.code`). */
export interface CallbackErrorContext {
  path?: string;
  userAgent?: string;
  hasCode?: boolean;
  hasState?: boolean;
}

/** Options of `switchToOrganization`. */
export interface SwitchToOrganizationOptions {
  /**
   * Where to go afterwards, and where a sign-in for the organization returns to. Default: the
   * current page.
   */
  returnTo?: string;
  /** `'path'` (default): revalidate `returnTo` and redirect there; `'tag'`: revalidate `revalidationTags` and redirect; `'none'`: return the new auth. */
  revalidationStrategy?: 'none' | 'tag' | 'path';
  /** Cache tags to revalidate with `revalidationStrategy: 'tag'`. */
  revalidationTags?: string[];
}
