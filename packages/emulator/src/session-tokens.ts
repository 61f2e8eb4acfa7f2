import type { SessionRecord } from './auth-store.js';
import { userJson } from './serialize.js';
import type { EmulatorState } from './state.js';
import { mintAccessToken } from './tokens.js';

/**
 * Mints a fresh access token for a session, reading role, permissions and flags anew, and records
 * its expiry on the session (`accessTokenExpiresAt`).
 */
export async function accessTokenFor(
  state: EmulatorState,
  session: SessionRecord,
): Promise<string> {
  const claims = session.organizationId
    ? state.directory.claimsFor(session.userId, session.organizationId)
    : undefined;
  const minted = await mintAccessToken(state.keys.active, {
    issuer: state.issuer,
    userId: session.userId,
    sessionId: session.id,
    organizationId: session.organizationId,
    claims,
    impersonator: session.impersonator,
    authTime: session.authTime,
    now: state.now(),
    ttlSeconds: state.settings.accessTokenTtlSeconds,
  });
  session.accessTokenExpiresAt = minted.exp * 1000;
  return minted.token;
}

/** The body of a successful `/user_management/authenticate` response, as WorkOS sends it. */
export interface AuthenticateResponseJson {
  user: ReturnType<typeof userJson>;
  organization_id: string | null;
  access_token: string;
  refresh_token: string;
  authentication_method: 'Password' | 'Impersonation';
  impersonator?: { email: string; reason: string | null };
}

/** Builds the authenticate response for a session and the refresh token just issued for it. */
export async function authenticateResponse(
  state: EmulatorState,
  session: SessionRecord,
  refreshToken: string,
): Promise<AuthenticateResponseJson> {
  const user = state.directory.users.get(session.userId);
  if (!user) throw new Error(`Session ${session.id} belongs to an unknown user`);
  const body: AuthenticateResponseJson = {
    user: userJson(user),
    organization_id: session.organizationId,
    access_token: await accessTokenFor(state, session),
    refresh_token: refreshToken,
    authentication_method: session.impersonator ? 'Impersonation' : 'Password',
  };
  if (session.impersonator) body.impersonator = session.impersonator;
  return body;
}
