import type { Impersonator, PendingAuthorization } from './auth-store.js';
import type { UserRecord } from './directory.js';
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
  request: Omit<PendingAuthorization, 'id' | 'expiresAt' | 'screenHint' | 'loginHint'>,
  user: UserRecord,
  chosenOrganizationId?: string,
  impersonator: Impersonator | null = null,
): string {
  const wanted = chosenOrganizationId || request.organizationId;
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
  });
  return callbackUrl(request, { code: code.code });
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
