import type { Impersonator, PendingAuthorization, SignInMethod } from './auth-store.js';
import type { UserRecord } from './directory.js';
import { acceptInvitation } from './sign-in-flow.js';
import type { EmulatorState } from './state.js';

/** Where the browser goes after a sign-in: `redirect_uri` with `code` (or `error`) and `state` verbatim. */
export function callbackUrl(
  request: Pick<PendingAuthorization, 'redirectUri' | 'state'>,
  params: Record<string, string>,
): string {
  const url = new URL(request.redirectUri);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  if (request.state !== null) url.searchParams.set('state', request.state);
  return url.toString();
}

/**
 * Binds a code to the user and an organization (the explicit choice, the request's
 * `organization_id`, or the user's first membership) and returns the callback URL.
 */
export function completeAuthorization(
  state: EmulatorState,
  request: PendingAuthorization,
  user: UserRecord,
  chosenOrganizationId?: string,
  impersonator: Impersonator | null = null,
): string {
  let wanted = chosenOrganizationId || request.organizationId;
  if (request.invitationToken) {
    const invitation = state.invitations.usable(request.invitationToken, state.now());
    if (invitation === 'invalid') {
      return callbackUrl(request, {
        error: 'invitation_invalid',
        error_description: 'The invitation is invalid, expired or already accepted.',
      });
    }
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      return callbackUrl(request, {
        error: 'invitation_cannot_be_used_for_email',
        error_description: `The invitation is for ${invitation.email}, not ${user.email}.`,
      });
    }
    acceptInvitation(state, invitation, user);
    wanted = invitation.organizationId;
  }
  if (wanted && !state.directory.activeMembership(user.id, wanted)) {
    return callbackUrl(request, {
      error: 'organization_membership_not_found',
      error_description: `${user.email} is not a member of organization ${wanted}`,
    });
  }
  const organizationId = wanted ?? state.directory.activeMemberships(user.id)[0]?.organizationId;
  const code = state.auth.issueCode({
    clientId: state.clientId,
    redirectUri: request.redirectUri,
    userId: user.id,
    organizationId: organizationId ?? null,
    codeChallenge: request.codeChallenge,
    expiresAt: state.now() + state.settings.codeTtlSeconds * 1000,
    impersonator,
    signIn: pageSignIn(state, request, user, organizationId ?? null),
  });
  return callbackUrl(request, { code: code.code });
}

/**
 * How the page signed the user in: SSO for a `connection_id` or an SSO-enforcing organization, the
 * social provider named by `provider`, else a password. The page stands in for every second factor
 * AuthKit would ask for, so MFA counts as passed for users with a factor and MFA-enforcing organizations.
 */
function pageSignIn(
  state: EmulatorState,
  request: PendingAuthorization,
  user: UserRecord,
  organizationId: string | null,
): SignInMethod {
  const org = organizationId ? state.directory.organizations.get(organizationId) : undefined;
  const mfaVerified = Boolean(org?.requireMfa) || state.mfa.factorsOf(user.id).length > 0;
  if (request.connectionId || (org?.ssoConnectionIds.length ?? 0) > 0) {
    return { authMethod: 'sso', authenticationMethod: 'SSO', mfaVerified };
  }
  if (request.provider && request.provider !== 'authkit') {
    return { authMethod: 'oauth', authenticationMethod: request.provider, mfaVerified };
  }
  return { authMethod: 'password', authenticationMethod: 'Password', mfaVerified };
}

/** The user an authorize request signs in without showing the page (`login_hint`, then `autoLogin`). */
export function automaticUser(
  state: EmulatorState,
  loginHint: string | null,
): UserRecord | undefined {
  const hinted = loginHint ? state.directory.findUser(loginHint) : undefined;
  if (hinted) return hinted;
  const auto = state.settings.autoLogin;
  if (auto === false) return undefined;
  if (typeof auto === 'string') return state.directory.findUser(auto);
  return state.directory.users.values().next().value;
}
