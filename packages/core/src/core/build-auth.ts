import type { AccessTokenClaims, Impersonator, Session, SignedInAuth } from '../types.js';

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
  const impersonator = impersonatorOf(session, claims);
  if (impersonator) auth.impersonator = impersonator;
  return auth;
}

/**
 * Who is impersonating the user, from the verified token's `act` claim (WorkOS signs it): the
 * sealed `impersonator` only adds its `reason`, and only for the same email. A refresh answer
 * that omits `impersonator` cannot hide an impersonation the token still carries, and a stored
 * one without `act` in the token is not shown.
 */
function impersonatorOf(session: Session, claims: AccessTokenClaims): Impersonator | undefined {
  const actor = claims.act?.sub;
  if (typeof actor !== 'string' || actor === '') return undefined;
  const stored = session.impersonator;
  return stored && stored.email === actor ? stored : { email: actor, reason: null };
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
