import type { SignInMethod } from './auth-store.js';
import type { UserRecord } from './directory.js';
import type { ClientInfo } from './grants.js';
import { apiError, HttpError } from './http.js';
import type { InvitationRecord } from './invitations.js';
import { userJson } from './serialize.js';
import { type AuthenticateResponseJson, startSession } from './session-tokens.js';
import type { EmulatorState } from './state.js';

/** A sign-in whose first factor has been checked, on its way to a session or a step-up answer. */
export interface SignInAttempt {
  user: UserRecord;
  signIn: SignInMethod;
  /** Decided so far (invitation, selection, or the organization being switched to). */
  organizationId: string | null;
  invitation?: InvitationRecord | null;
  client?: ClientInfo;
}

function pause(
  state: EmulatorState,
  attempt: SignInAttempt,
  organizationId = attempt.organizationId,
) {
  return state.pendingAuth.open(
    {
      userId: attempt.user.id,
      organizationId,
      authMethod: attempt.signIn.authMethod,
      authenticationMethod: attempt.signIn.authenticationMethod,
      mfaVerified: attempt.signIn.mfaVerified,
      invitationToken: attempt.invitation?.token ?? null,
    },
    state.now(),
  );
}

/** A WorkOS step-up answer: 403 `{code, message, pending_authentication_token, user, …}`. */
function stepUp(code: string, message: string, body: Record<string, unknown>): HttpError {
  return new HttpError(403, { code, message, ...body });
}

/**
 * The answer WorkOS gives when an organization's policy blocks this sign-in or switch:
 * `sso_required` (400, OAuth-shaped, with `connection_ids`) for an SSO-enforcing organization
 * reached without SSO, `mfa_enrollment` (403) for an MFA-enforcing one without a second factor.
 */
export function organizationPolicyError(
  state: EmulatorState,
  user: UserRecord,
  organizationId: string,
  signIn: SignInMethod,
  pendingToken?: () => string,
): HttpError | undefined {
  const org = state.directory.organizations.get(organizationId);
  if (!org) return undefined;
  if (org.ssoConnectionIds.length > 0 && signIn.authMethod !== 'sso') {
    return new HttpError(400, {
      error: 'sso_required',
      error_description: `${org.name} requires signing in with SSO.`,
      connection_ids: org.ssoConnectionIds,
      email: user.email,
      ...(pendingToken ? { pending_authentication_token: pendingToken() } : {}),
    });
  }
  if (org.requireMfa && !signIn.mfaVerified && state.mfa.factorsOf(user.id).length === 0) {
    return stepUp('mfa_enrollment', `${org.name} requires multi-factor authentication.`, {
      ...(pendingToken ? { pending_authentication_token: pendingToken() } : {}),
      user: userJson(user),
    });
  }
  return undefined;
}

/** Turns a pending invitation into an active membership (once the user has signed in). */
export function acceptInvitation(
  state: EmulatorState,
  invitation: InvitationRecord,
  user: UserRecord,
): void {
  const now = state.now();
  if (!state.directory.activeMembership(user.id, invitation.organizationId)) {
    state.directory.addMembership(user.id, invitation.organizationId, invitation.role, now);
  }
  invitation.state = 'accepted';
  invitation.acceptedUserId = user.id;
  invitation.acceptedAt = now;
  invitation.updatedAt = now;
}

/**
 * Runs the checks WorkOS runs after a first factor, in order: email verification (password
 * sign-ins of unverified users), the TOTP challenge (users with a factor), organization
 * selection (several memberships, none chosen), then the organization's SSO / MFA policy.
 * Throws the step-up answer, or opens the session.
 */
export async function finishSignIn(
  state: EmulatorState,
  attempt: SignInAttempt,
): Promise<AuthenticateResponseJson> {
  const { user, signIn } = attempt;
  const invitation = attempt.invitation ?? null;
  if (invitation && invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    throw apiError(
      400,
      'invitation_cannot_be_used_for_email',
      'The invitation was issued for a different email address.',
    );
  }
  if (!user.emailVerified && signIn.authMethod === 'password') {
    const verification = state.codes.issue('email_verification', user, state.now());
    throw stepUp(
      'email_verification_required',
      'Email ownership must be verified before authentication.',
      {
        pending_authentication_token: pause(state, attempt),
        email_verification_id: verification.id,
        email: user.email,
        user: userJson(user),
      },
    );
  }
  const factors = state.mfa.factorsOf(user.id);
  if (factors.length > 0 && !signIn.mfaVerified && signIn.authMethod !== 'sso') {
    throw stepUp(
      'mfa_challenge',
      'The user must complete an MFA challenge to finish authenticating.',
      {
        pending_authentication_token: pause(state, attempt),
        authentication_factors: factors.map((f) => ({
          object: 'authentication_factor',
          id: f.id,
          type: 'totp',
        })),
        user: userJson(user),
      },
    );
  }
  let organizationId = invitation?.organizationId ?? attempt.organizationId;
  if (!organizationId) {
    const memberships = state.directory.activeMemberships(user.id);
    if (memberships.length > 1) {
      throw stepUp(
        'organization_selection_required',
        'The user must choose an organization to finish their authentication.',
        {
          pending_authentication_token: pause(state, attempt),
          organizations: memberships.map((m) => ({
            id: m.organizationId,
            name: state.directory.organizations.get(m.organizationId)?.name ?? m.organizationId,
          })),
          user: userJson(user),
        },
      );
    }
    organizationId = memberships[0]?.organizationId ?? null;
  }
  if (organizationId) {
    const blocked = organizationPolicyError(state, user, organizationId, signIn, () =>
      pause(state, attempt, organizationId),
    );
    if (blocked) throw blocked;
  }
  if (invitation) acceptInvitation(state, invitation, user);
  const { response } = await startSession(state, {
    userId: user.id,
    organizationId,
    signIn,
    client: attempt.client,
  });
  return response;
}
