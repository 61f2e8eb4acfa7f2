import { createHash, timingSafeEqual } from 'node:crypto';
import { oauthError, stringField } from './http.js';
import {
  type AuthenticateResponseJson,
  authenticateResponse,
  startSession,
} from './session-tokens.js';
import { organizationPolicyError } from './sign-in-flow.js';
import type { EmulatorState } from './state.js';

/** Client metadata recorded on a new session. */
export interface ClientInfo {
  ipAddress: string | null;
  userAgent: string | null;
}

/** Constant-time string equality, for secrets. */
export function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Checks `client_id` and, when present, `client_secret` (which must be the API key). */
export function authenticateClient(state: EmulatorState, body: Record<string, unknown>): void {
  const clientId = stringField(body, 'client_id');
  if (!clientId) throw oauthError('invalid_request', 'Missing required parameter: client_id');
  if (clientId !== state.clientId)
    throw oauthError('invalid_client', `Unknown client_id '${clientId}'`);
  const secret = body.client_secret;
  if (secret !== undefined && (typeof secret !== 'string' || !sameString(secret, state.apiKey))) {
    throw oauthError('invalid_client', 'Invalid client secret');
  }
}

/** `grant_type=authorization_code`: single-use, expiring codes with S256 PKCE or a client secret. */
export async function exchangeCode(
  state: EmulatorState,
  body: Record<string, unknown>,
  client: ClientInfo,
): Promise<AuthenticateResponseJson> {
  const code = stringField(body, 'code');
  if (!code) throw oauthError('invalid_request', 'Missing required parameter: code');
  const record = state.auth.codes.get(code);
  const now = state.now();
  if (!record || record.used || record.expiresAt <= now || record.clientId !== body.client_id) {
    throw oauthError('invalid_grant', 'The code is invalid, expired or already used.');
  }
  record.used = true;
  const verifier = stringField(body, 'code_verifier');
  if (record.codeChallenge) {
    if (!verifier) throw oauthError('invalid_grant', 'Missing code_verifier for a PKCE code.');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (!sameString(challenge, record.codeChallenge)) {
      throw oauthError('invalid_grant', 'The code_verifier does not match the code_challenge.');
    }
  } else if (body.client_secret === undefined) {
    throw oauthError('invalid_client', 'A public client must use PKCE (code_verifier).');
  }
  if (!state.directory.users.has(record.userId)) {
    throw oauthError('invalid_grant', 'The user of this code no longer exists.');
  }
  const { session, response } = await startSession(state, {
    userId: record.userId,
    organizationId: record.organizationId,
    signIn: record.signIn,
    impersonator: record.impersonator,
    client,
  });
  record.sessionId = session.id;
  return response;
}

/** `grant_type=refresh_token`: rotation, same `sid`, organization switch with a membership check. */
export async function refresh(
  state: EmulatorState,
  body: Record<string, unknown>,
): Promise<AuthenticateResponseJson> {
  const token = stringField(body, 'refresh_token');
  if (!token) throw oauthError('invalid_request', 'Missing required parameter: refresh_token');
  const record = state.auth.refreshTokens.get(token);
  const now = state.now();
  if (!record) throw oauthError('invalid_grant', 'Invalid refresh token.');
  const graceMs = state.settings.refreshGraceSeconds * 1000;
  const replayInGrace = record.usedAt !== null && graceMs > 0 && now - record.usedAt <= graceMs;
  if (record.usedAt !== null && !replayInGrace) {
    throw oauthError('invalid_grant', 'Invalid refresh token.');
  }
  const session = state.activeSession(record.sessionId);
  if (!session) throw oauthError('invalid_grant', 'Invalid refresh token: the session has ended.');
  const organizationId = stringField(body, 'organization_id');
  if (organizationId && organizationId !== session.organizationId) {
    if (!state.directory.activeMembership(session.userId, organizationId)) {
      throw oauthError(
        'organization_membership_not_found',
        `The user is not a member of organization '${organizationId}'.`,
      );
    }
    const user = state.directory.users.get(session.userId);
    const blocked = user && organizationPolicyError(state, user, organizationId, session);
    if (blocked) throw blocked;
    session.organizationId = organizationId;
  }
  session.updatedAt = now;
  const successor =
    replayInGrace && record.successor ? state.auth.refreshTokens.get(record.successor) : undefined;
  const next =
    successor && successor.usedAt === null ? successor : state.auth.issueRefreshToken(session.id);
  if (record.usedAt === null) {
    record.usedAt = now;
    record.successor = next.token;
  }
  return authenticateResponse(state, session, next.token);
}
