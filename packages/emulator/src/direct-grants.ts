import type { SignInMethod } from './auth-store.js';
import { type ClientInfo, sameString } from './grants.js';
import { apiError, oauthError, stringField } from './http.js';
import type { InvitationRecord } from './invitations.js';
import type { PendingAuthRecord } from './pending-auth.js';
import type { AuthenticateResponseJson } from './session-tokens.js';
import { finishSignIn, type SignInAttempt } from './sign-in-flow.js';
import type { EmulatorState } from './state.js';

type Body = Record<string, unknown>;

/** The grant types of `/user_management/authenticate` that sign a user in without a browser. */
export const DIRECT_GRANTS = {
  password: 'password',
  magicAuth: 'urn:workos:oauth:grant-type:magic-auth:code',
  emailVerification: 'urn:workos:oauth:grant-type:email-verification:code',
  totp: 'urn:workos:oauth:grant-type:mfa-totp',
  organizationSelection: 'urn:workos:oauth:grant-type:organization-selection',
} as const;

function required(body: Body, ...names: string[]): string[] {
  const values = names.map((name) => stringField(body, name));
  const missing = names.filter((_, i) => values[i] === undefined);
  if (missing.length > 0) {
    throw oauthError('invalid_request', `Missing required parameter: ${missing.join(', ')}`);
  }
  return values as string[];
}

function invitationFrom(state: EmulatorState, token: string | null | undefined) {
  if (!token) return null;
  const found = state.invitations.usable(token, state.now());
  if (found === 'invalid') {
    throw apiError(
      400,
      'invitation_invalid',
      'The invitation is invalid, expired or already accepted.',
    );
  }
  return found;
}

function pendingFrom(state: EmulatorState, body: Body): PendingAuthRecord {
  const token = stringField(body, 'pending_authentication_token') ?? '';
  const pending = state.pendingAuth.peek(token, state.now());
  if (!pending) {
    throw apiError(
      400,
      'invalid_pending_authentication_token',
      'The pending authentication token is invalid or expired.',
    );
  }
  return pending;
}

/** The user whose email (not id) and password match, or undefined. */
export function userWithPassword(state: EmulatorState, email: string, password: string) {
  const user = state.directory.findUser(email);
  const ok = user && user.id !== email && user.password && sameString(password, user.password);
  return ok ? user : undefined;
}

/** Starts a fresh sign-in (no organization chosen yet) by a first-factor grant. */
function firstFactor(
  state: EmulatorState,
  attempt: Pick<SignInAttempt, 'user' | 'invitation' | 'client'>,
  method: Pick<SignInMethod, 'authMethod' | 'authenticationMethod'>,
): Promise<AuthenticateResponseJson> {
  return finishSignIn(state, {
    ...attempt,
    signIn: { ...method, mfaVerified: false },
    organizationId: null,
  });
}

/** Resumes a paused sign-in with what the continuation grant proved. */
function resume(
  state: EmulatorState,
  pending: PendingAuthRecord,
  changes: { organizationId?: string; mfaVerified?: boolean },
  client: ClientInfo,
): Promise<AuthenticateResponseJson> {
  const user = state.directory.users.get(pending.userId);
  if (!user)
    throw apiError(400, 'invalid_pending_authentication_token', 'The user no longer exists.');
  const invitation: InvitationRecord | null = invitationFrom(state, pending.invitationToken);
  state.pendingAuth.consume(pending.token);
  const signIn: SignInMethod = {
    authMethod: pending.authMethod,
    authenticationMethod: pending.authenticationMethod,
    mfaVerified: changes.mfaVerified ?? pending.mfaVerified,
  };
  return finishSignIn(state, {
    user,
    signIn,
    organizationId: changes.organizationId ?? pending.organizationId,
    invitation,
    client,
  });
}

/** `password`: email + password of a user seeded or created with one. */
function password(state: EmulatorState, body: Body, client: ClientInfo) {
  const [email, given] = required(body, 'email', 'password');
  const invitation = invitationFrom(state, stringField(body, 'invitation_token'));
  const user = userWithPassword(state, email!, given!);
  if (!user) {
    throw apiError(400, 'invalid_credentials', 'Invalid email or password.');
  }
  return firstFactor(
    state,
    { user, invitation, client },
    { authMethod: 'password', authenticationMethod: 'Password' },
  );
}

/** Magic Auth: the six-digit code from `POST /user_management/magic_auth`; it also verifies the email. */
function magicAuth(state: EmulatorState, body: Body, client: ClientInfo) {
  const [code, email] = required(body, 'code', 'email');
  const invitation = invitationFrom(state, stringField(body, 'invitation_token'));
  const spent = state.codes.redeem('magic_auth', { email }, code!, state.now());
  if (spent === 'expired')
    throw apiError(400, 'one_time_code_expired', 'The one-time code has expired.');
  const user = spent ? state.directory.users.get(spent.userId) : undefined;
  if (!user) throw apiError(400, 'invalid_one_time_code', 'Invalid one-time code.');
  user.emailVerified = true;
  return firstFactor(
    state,
    { user, invitation, client },
    { authMethod: 'magic_code', authenticationMethod: 'MagicAuth' },
  );
}

/** Email verification: the code sent with `email_verification_required`, plus its pending token. */
function emailVerification(state: EmulatorState, body: Body, client: ClientInfo) {
  const [code] = required(body, 'code', 'pending_authentication_token');
  const pending = pendingFrom(state, body);
  const spent = state.codes.redeem(
    'email_verification',
    { userId: pending.userId },
    code!,
    state.now(),
  );
  if (spent === 'expired')
    throw apiError(400, 'email_verification_code_expired', 'The code has expired.');
  if (!spent) throw apiError(400, 'invalid_one_time_code', 'Invalid email verification code.');
  const user = state.directory.users.get(pending.userId);
  if (user) user.emailVerified = true;
  return resume(state, pending, {}, client);
}

/** TOTP: a challenge of the user's factor answered with the authenticator's current code. */
function totp(state: EmulatorState, body: Body, client: ClientInfo) {
  const [code, challengeId] = required(
    body,
    'code',
    'authentication_challenge_id',
    'pending_authentication_token',
  );
  const pending = pendingFrom(state, body);
  const outcome = state.mfa.verify(challengeId!, code!, state.now(), pending.userId);
  if (outcome === 'not_found')
    throw apiError(
      400,
      'authentication_challenge_not_found',
      'Unknown or used authentication challenge.',
    );
  if (outcome === 'expired')
    throw apiError(
      400,
      'authentication_challenge_expired',
      'The authentication challenge has expired.',
    );
  if (outcome === 'invalid_code')
    throw apiError(400, 'invalid_one_time_code', 'Invalid one-time code.');
  return resume(state, pending, { mfaVerified: true }, client);
}

/** Organization selection: the organization picked after `organization_selection_required`. */
function organizationSelection(state: EmulatorState, body: Body, client: ClientInfo) {
  const [organizationId] = required(body, 'organization_id', 'pending_authentication_token');
  const pending = pendingFrom(state, body);
  if (!state.directory.activeMembership(pending.userId, organizationId!)) {
    throw oauthError(
      'organization_membership_not_found',
      `The user is not a member of organization '${organizationId}'.`,
    );
  }
  return resume(state, pending, { organizationId }, client);
}

const HANDLERS: Record<
  string,
  (state: EmulatorState, body: Body, client: ClientInfo) => Promise<AuthenticateResponseJson>
> = {
  [DIRECT_GRANTS.password]: password,
  [DIRECT_GRANTS.magicAuth]: magicAuth,
  [DIRECT_GRANTS.emailVerification]: emailVerification,
  [DIRECT_GRANTS.totp]: totp,
  [DIRECT_GRANTS.organizationSelection]: organizationSelection,
};

/** The handler of a direct grant type, if it is one. */
export function directGrant(grantType: string) {
  return HANDLERS[grantType];
}
