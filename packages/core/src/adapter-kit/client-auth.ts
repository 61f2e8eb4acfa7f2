import type {
  ClientAccessToken,
  ClientAuth,
  ClientAuthWithToken,
  SignedInClientAuth,
} from '../client/types.js';
import type { AuthResult } from '../types.js';

/**
 * The serializable public view of an auth result, safe to send to the browser: never the
 * refresh token or the raw claims. With `{ accessToken: true }` it keeps the access token.
 */
export function toClientAuth(auth: AuthResult): ClientAuth;
export function toClientAuth(auth: AuthResult, options: { accessToken: true }): ClientAuthWithToken;
export function toClientAuth(
  auth: AuthResult,
  options: { accessToken?: boolean } = {},
): ClientAuth | ClientAuthWithToken {
  if (!auth.user) return { user: null };
  const view: SignedInClientAuth = { user: auth.user, sessionId: auth.sessionId };
  if (auth.organizationId !== undefined) view.organizationId = auth.organizationId;
  if (auth.role !== undefined) view.role = auth.role;
  if (auth.roles !== undefined) view.roles = auth.roles;
  if (auth.permissions !== undefined) view.permissions = auth.permissions;
  if (auth.entitlements !== undefined) view.entitlements = auth.entitlements;
  if (auth.featureFlags !== undefined) view.featureFlags = auth.featureFlags;
  if (auth.impersonator !== undefined) view.impersonator = auth.impersonator;
  return options.accessToken ? { ...view, accessToken: auth.accessToken } : view;
}

/** The access token of an auth result and its expiry (epoch ms), or `null` when signed out. */
export function toClientToken(auth: AuthResult): ClientAccessToken | null {
  return auth.user ? { accessToken: auth.accessToken, expiresAt: auth.claims.exp * 1000 } : null;
}
