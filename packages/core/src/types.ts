import type { Impersonator, User } from '@workos-inc/node';
import type { JWTPayload } from 'jose';

export type { AuthenticationResponse, Impersonator, Organization, User } from '@workos-inc/node';

/** Claims an app adds to its access tokens (0.7.x's default for the claims generic). */
export type CustomClaims = Record<string, unknown>;

/** The claims of a WorkOS access token. */
export interface AccessTokenClaims extends JWTPayload {
  sid: string;
  sub: string;
  exp: number;
  iat: number;
  iss: string;
  jti?: string;
  org_id?: string;
  role?: string;
  roles?: string[];
  permissions?: string[];
  entitlements?: string[];
  feature_flags?: string[];
  act?: { sub: string };
  /** When the user last actively authenticated (seconds since the epoch); see `checkRecentAuth`. */
  auth_time?: number;
}

/** The original package's name for {@link AccessTokenClaims}. */
export type BaseTokenClaims = AccessTokenClaims;

/** What the session cookie holds (a subset of the WorkOS SDK's sealed session, so both read it). */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: User;
  impersonator?: Impersonator;
  organizationId?: string;
}

/**
 * A signed-in request. Every field is present; `claims` are verified. As in 0.7.x, the type
 * argument names the app's custom claims, added to the WorkOS ones.
 */
export interface SignedInAuth<TCustomClaims = CustomClaims> {
  user: User;
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  claims: AccessTokenClaims & TCustomClaims;
  organizationId?: string;
  role?: string;
  roles?: string[];
  permissions?: string[];
  entitlements?: string[];
  featureFlags?: string[];
  impersonator?: Impersonator;
}

/** Why a request is signed out. */
export type SignedOutReason =
  | 'no_session'
  | 'invalid_session'
  | 'session_expired'
  | 'refresh_unavailable';

/** A signed-out request. */
export interface SignedOutAuth {
  user: null;
  reason: SignedOutReason;
}

/** `withAuth`'s answer, discriminated on `user`. */
export type AuthResult<TCustomClaims = CustomClaims> = SignedInAuth<TCustomClaims> | SignedOutAuth;

/** The OIDC `prompt` values WorkOS accepts on sign-in. */
export type AuthorizationPrompt = 'login' | 'none' | 'consent' | 'select_account';

/** Options for `createAuthorization` / `createSignIn` / `createSignUp`. */
export interface AuthorizationOptions<TRequest = unknown> {
  /** Where to send the user after sign-in; sanitised to a same-site relative path. */
  returnPathname?: string;
  /** Only with the AuthKit provider (the default); ignored with `provider` / `connectionId`. */
  screenHint?: 'sign-in' | 'sign-up';
  /** Sign in to this organization (its SSO / MFA rules apply). */
  organizationId?: string;
  /** Pre-fills the email on the sign-in page. */
  loginHint?: string;
  /** Routes to the SSO connection of this domain. */
  domainHint?: string;
  prompt?: AuthorizationPrompt;
  /**
   * Step-up: the longest time, in seconds, since the user last actively authenticated (OIDC
   * `max_age`). Older sign-ins must authenticate again; see `checkRecentAuth`. An integer >= 0.
   */
  maxAge?: number;
  /** Accepts this WorkOS invitation while signing in (or up). */
  invitationToken?: string;
  /**
   * Sign in straight with this provider (e.g. `'GoogleOAuth'`) instead of the AuthKit page.
   * Default `'authkit'` (or none when `connectionId` is given).
   */
  provider?: string;
  /** Sign in straight through this SSO connection. */
  connectionId?: string;
  /** Per-call callback URL instead of the configured one. */
  redirectUri?: string;
  /** Custom app state, returned by `handleCallback` (at most 2048 bytes). */
  state?: string;
  /** The incoming request: lets the core cap the pending verifier cookies it carries. */
  request?: TRequest;
}

/** The original package's name for {@link AuthorizationOptions}. */
export type GetAuthorizationUrlOptions = AuthorizationOptions;

/** 0.7.x's sign-in URL options without `screenHint` (the `createSignIn` / `createSignUp` ones). */
export type AuthUrlOptions = Pick<
  AuthorizationOptions,
  'returnPathname' | 'redirectUri' | 'organizationId' | 'loginHint' | 'prompt' | 'state'
>;
