import type { Impersonator, User } from '@workos-inc/node';
import type { JWTPayload } from 'jose';

export type { AuthenticationResponse, Impersonator, User } from '@workos-inc/node';

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

/** A signed-in request. Every field is present; `claims` are verified. */
export interface SignedInAuth<TClaims extends AccessTokenClaims = AccessTokenClaims> {
  user: User;
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  claims: TClaims;
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
export type AuthResult<TClaims extends AccessTokenClaims = AccessTokenClaims> =
  | SignedInAuth<TClaims>
  | SignedOutAuth;

/** Options for `createAuthorization` / `createSignIn` / `createSignUp`. */
export interface AuthorizationOptions<TRequest = unknown> {
  /** Where to send the user after sign-in; sanitised to a same-site relative path. */
  returnPathname?: string;
  screenHint?: 'sign-in' | 'sign-up';
  organizationId?: string;
  loginHint?: string;
  domainHint?: string;
  prompt?: string;
  /** Per-call callback URL instead of the configured one. */
  redirectUri?: string;
  /** Custom app state, returned by `handleCallback` (at most 2048 bytes). */
  state?: string;
  /** The incoming request: lets the core cap the pending verifier cookies it carries. */
  request?: TRequest;
}

/** The original package's name for {@link AuthorizationOptions}. */
export type GetAuthorizationUrlOptions = AuthorizationOptions;
