import { resolveConfig } from '../config/resolve.js';
import type { AuthKitConfig, ResolvedAuthKitConfig } from '../config/types.js';
import { verifyPendingSignIn } from '../pkce/verify-state.js';
import type { AccessTokenClaims, CustomClaims, Session } from '../types.js';
import type { AuthKitCore } from './auth-kit-core.js';

/**
 * 0.7.x's call shapes on {@link AuthKitCore}, kept for code written against the published 0.7.1:
 * its constructors took an unresolved `AuthKitConfig`, `validateAndRefresh` a `Session`, and
 * `verifyCallbackState` the two strings to compare.
 */

/** A config as given (0.7.1: `new AuthKitCore(config, ...)`) resolved once; env is not read. */
export function asResolvedConfig(
  config: ResolvedAuthKitConfig | AuthKitConfig,
): ResolvedAuthKitConfig {
  if (Array.isArray((config as Partial<ResolvedAuthKitConfig>).cookiePasswords)) {
    return config as ResolvedAuthKitConfig;
  }
  return resolveConfig(config, () => undefined);
}

/** What 0.7.1's `verifyCallbackState` returns: the pending sign-in of the flow. */
export interface PKCEState {
  nonce: string;
  codeVerifier: string;
  issuedAt: number;
  returnPathname?: string;
  customState?: string;
  redirectUri?: string;
}

/** What 0.7.1's `validateAndRefresh(session, options)` returns. */
export interface SessionCheck<TCustomClaims = CustomClaims> {
  valid: boolean;
  refreshed: boolean;
  session: Session;
  claims: AccessTokenClaims & TCustomClaims;
}

/**
 * Checks a callback `state` against the value of its verifier cookie and unseals the flow (ours
 * or one a 0.7.x instance started). Throws `OAuthStateMismatchError` / `PKCECookieMissingError`.
 */
export async function verifyCallbackState(
  core: AuthKitCore,
  params: { stateFromUrl: string | undefined; cookieValue: string | undefined },
): Promise<PKCEState> {
  const pending = await verifyPendingSignIn(
    core.encryption,
    core.config.cookiePasswords,
    params.stateFromUrl,
    params.cookieValue,
  );
  const state: PKCEState = {
    nonce: pending.nonce ?? pending.state.split('.')[1] ?? '',
    codeVerifier: pending.codeVerifier,
    issuedAt: pending.issuedAt,
  };
  if (pending.returnPathname !== undefined) state.returnPathname = pending.returnPathname;
  if (pending.customState !== undefined) state.customState = pending.customState;
  if (pending.redirectUri !== undefined) state.redirectUri = pending.redirectUri;
  return state;
}

/**
 * 0.7.1's `validateAndRefresh(session, { force, organizationId })`: a verified token is kept unless
 * `force`; otherwise the session is refreshed (into `organizationId`, else the token's
 * organization). Throws `TokenRefreshError` (`SessionRefreshError`) when the refresh fails.
 */
export async function validateSession<TCustomClaims>(
  core: AuthKitCore,
  session: Session,
  options: { force?: boolean; organizationId?: string } = {},
): Promise<SessionCheck<TCustomClaims>> {
  const valid = await core.verifyToken(session.accessToken);
  if (valid && !options.force) {
    const claims = core.parseTokenClaims<TCustomClaims>(session.accessToken);
    return { valid: true, refreshed: false, session, claims };
  }
  let organizationId = options.organizationId;
  if (!organizationId && valid) organizationId = core.parseTokenClaims(session.accessToken).org_id;
  const refreshed = await core.refreshSession(session, organizationId);
  const claims = refreshed.auth.claims as AccessTokenClaims & TCustomClaims;
  return { valid: true, refreshed: true, session: refreshed.session, claims };
}
