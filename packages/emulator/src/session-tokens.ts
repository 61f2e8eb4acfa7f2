import type { Impersonator, SessionRecord, SignInMethod } from './auth-store.js';
import type { ClientInfo } from './grants.js';
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
  authentication_method: string;
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
    authentication_method: session.impersonator ? 'Impersonation' : session.authenticationMethod,
  };
  if (session.impersonator) body.impersonator = session.impersonator;
  return body;
}

/** What a fresh sign-in opens a session from. */
export interface NewSignIn {
  userId: string;
  organizationId: string | null;
  signIn: SignInMethod;
  impersonator?: Impersonator | null;
  client?: ClientInfo;
}

/**
 * Ends a successful sign-in: stamps `last_sign_in_at`, opens a session (its `auth_time` is now),
 * issues its first refresh token and answers as `/user_management/authenticate` does.
 */
export async function startSession(
  state: EmulatorState,
  fields: NewSignIn,
): Promise<{ session: SessionRecord; response: AuthenticateResponseJson }> {
  const now = state.now();
  const user = state.directory.users.get(fields.userId);
  if (!user) throw new Error(`Unknown user ${fields.userId}`);
  user.lastSignInAt = now;
  user.updatedAt = now;
  const impersonator = fields.impersonator ?? null;
  const session = state.auth.openSession(
    {
      userId: fields.userId,
      organizationId: fields.organizationId,
      impersonator,
      ipAddress: fields.client?.ipAddress ?? null,
      userAgent: fields.client?.userAgent ?? null,
      ...(impersonator
        ? { ...fields.signIn, authMethod: 'impersonation', authenticationMethod: 'Impersonation' }
        : fields.signIn),
    },
    now,
    state.settings.sessionTtlSeconds * 1000,
  );
  const refresh = state.auth.issueRefreshToken(session.id);
  return { session, response: await authenticateResponse(state, session, refresh.token) };
}
