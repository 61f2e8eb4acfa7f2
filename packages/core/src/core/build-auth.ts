import type { AccessTokenClaims, Session, SignedInAuth } from '../types.js';

/** Builds the signed-in auth result from a session and its verified claims. */
export function buildSignedInAuth<TClaims extends AccessTokenClaims>(
  session: Session,
  claims: TClaims,
): SignedInAuth<TClaims> {
  const auth: SignedInAuth<TClaims> = {
    user: session.user,
    sessionId: claims.sid,
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    claims,
  };
  if (claims.org_id) auth.organizationId = claims.org_id;
  if (claims.role) auth.role = claims.role;
  if (claims.roles) auth.roles = claims.roles;
  if (claims.permissions) auth.permissions = claims.permissions;
  if (claims.entitlements) auth.entitlements = claims.entitlements;
  if (claims.feature_flags) auth.featureFlags = claims.feature_flags;
  if (session.impersonator) auth.impersonator = session.impersonator;
  return auth;
}

/** True when `value` has the shape of a stored session. */
export function isSession(value: unknown): value is Session {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const user = v.user as Record<string, unknown> | undefined;
  return (
    typeof v.accessToken === 'string' &&
    v.accessToken.length > 0 &&
    typeof v.refreshToken === 'string' &&
    v.refreshToken.length > 0 &&
    !!user &&
    typeof user === 'object' &&
    typeof user.id === 'string'
  );
}

/**
 * The session behind a signed-in auth result (tokens, user, impersonator, organization), e.g. to
 * pass to `refreshSession` / `switchOrganization` or to re-seal with `encryptSession`.
 */
export function sessionFromAuth(auth: SignedInAuth): Session {
  const session: Session = {
    accessToken: auth.accessToken,
    refreshToken: auth.refreshToken,
    user: auth.user,
  };
  if (auth.impersonator) session.impersonator = auth.impersonator;
  if (auth.organizationId) session.organizationId = auth.organizationId;
  return session;
}

/** The session of a `Session` or a `SignedInAuth` (told apart by `sessionId` + `claims`). */
export function toSession(value: Session | SignedInAuth): Session {
  return 'sessionId' in value && 'claims' in value ? sessionFromAuth(value) : value;
}
