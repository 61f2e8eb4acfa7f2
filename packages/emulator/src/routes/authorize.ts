import type { PendingAuthorization } from '../auth-store.js';
import { automaticUser, completeAuthorization } from '../authorize-flow.js';
import {
  HttpError,
  oauthError,
  type RequestContext,
  redirect,
  sendHtml,
  stringField,
} from '../http.js';
import { prefixedId } from '../ids.js';
import { type ListedUser, signInPage, signUpPage } from '../pages.js';
import { appBanner, credentialForms } from '../pages-credentials.js';
import type { Route } from '../route-types.js';
import type { EmulatorState } from '../state.js';
import {
  appSummary,
  magicSendAction,
  magicVerifyAction,
  passwordAction,
  type RenderWithError,
} from './hosted-credentials.js';

const PENDING_TTL_MS = 30 * 60 * 1000;

function validateRequest(ctx: RequestContext, state: EmulatorState): PendingAuthorization {
  const q = ctx.query;
  const clientId = q.get('client_id');
  const redirectUri = q.get('redirect_uri');
  if (q.get('response_type') !== 'code') {
    throw oauthError('invalid_request', 'response_type must be "code"');
  }
  if (!clientId) throw oauthError('invalid_request', 'Missing required parameter: client_id');
  if (clientId !== state.clientId)
    throw oauthError('invalid_client', `Unknown client_id '${clientId}'`);
  if (!redirectUri) throw oauthError('invalid_request', 'Missing required parameter: redirect_uri');
  if (!state.isAllowedRedirect(redirectUri)) {
    throw oauthError(
      'invalid_request',
      `redirect_uri '${redirectUri}' is not allowed; allowed hosts: ${state.settings.allowedRedirectHosts.join(', ')}`,
    );
  }
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method');
  if (challenge && method && method !== 'S256') {
    throw oauthError('invalid_request', 'Only code_challenge_method=S256 is supported');
  }
  let organizationId = q.get('organization_id');
  if (organizationId && !state.directory.organizations.has(organizationId)) {
    throw new HttpError(400, {
      error: 'organization_not_found',
      error_description: `Organization '${organizationId}' not found`,
    });
  }
  const maxAge = q.get('max_age');
  if (maxAge !== null && !/^\d+$/.test(maxAge)) {
    throw oauthError('invalid_request', 'max_age must be a whole number of seconds');
  }
  const provider = q.get('provider');
  if (provider && provider !== 'authkit' && !/^[A-Za-z]+OAuth$/.test(provider)) {
    throw oauthError(
      'invalid_request',
      `Unknown provider '${provider}' (use authkit or e.g. GoogleOAuth)`,
    );
  }
  const connectionId = q.get('connection_id');
  if (connectionId) {
    const org = [...state.directory.organizations.values()].find((o) =>
      o.ssoConnectionIds.includes(connectionId),
    );
    if (!org) {
      throw oauthError(
        'invalid_connection',
        `No seeded organization has SSO connection '${connectionId}'`,
      );
    }
    organizationId = org.id;
  }
  const invitationToken = q.get('invitation_token');
  if (invitationToken) {
    const invitation = state.invitations.usable(invitationToken, state.now());
    if (invitation === 'invalid') {
      throw oauthError(
        'invitation_invalid',
        'The invitation is invalid, expired or already accepted.',
      );
    }
    organizationId = invitation.organizationId;
  }
  return {
    id: prefixedId('authreq'),
    redirectUri,
    state: q.get('state'),
    codeChallenge: challenge || null,
    organizationId: organizationId || null,
    screenHint: q.get('screen_hint') === 'sign-up' ? 'sign-up' : 'sign-in',
    loginHint: q.get('login_hint') || null,
    maxAge: maxAge === null ? null : Number(maxAge),
    invitationToken: invitationToken || null,
    provider: provider || null,
    connectionId: connectionId || null,
    query: q.toString(),
    expiresAt: state.now() + PENDING_TTL_MS,
  };
}

function listedUsers(state: EmulatorState): ListedUser[] {
  return [...state.directory.users.values()].map((user) => ({
    user,
    organizations: state.directory.activeMemberships(user.id).flatMap((m) => {
      const organization = state.directory.organizations.get(m.organizationId);
      return organization ? [{ organization, role: m.role }] : [];
    }),
  }));
}

function withScreenHint(request: PendingAuthorization, hint: 'sign-in' | 'sign-up'): string {
  const query = new URLSearchParams(request.query);
  query.set('screen_hint', hint);
  return `/user_management/authorize?${query}`;
}

function renderPage(
  ctx: RequestContext,
  state: EmulatorState,
  request: PendingAuthorization,
  error?: string,
) {
  const status = error ? 400 : 200;
  const header = appBanner(appSummary(state, request));
  if (request.screenHint === 'sign-up') {
    const page = signUpPage({
      header,
      requestId: request.id,
      organizations: [...state.directory.organizations.values()],
      signInHref: withScreenHint(request, 'sign-in'),
      email: request.loginHint ?? undefined,
      error,
    });
    sendHtml(ctx.res, status, page);
    return;
  }
  const page = signInPage({
    requestId: request.id,
    users: listedUsers(state),
    preselectedOrganizationId: request.organizationId,
    signUpHref: withScreenHint(request, 'sign-up'),
    header,
    credentials: credentialForms(request.id, request.loginHint ?? ''),
    error,
  });
  sendHtml(ctx.res, status, page);
}

function authorize(ctx: RequestContext, state: EmulatorState): void {
  const request = validateRequest(ctx, state);
  const user =
    request.screenHint === 'sign-in' ? automaticUser(state, request.loginHint) : undefined;
  if (user) {
    redirect(ctx.res, completeAuthorization(state, request, user));
    return;
  }
  for (const [id, pending] of state.auth.pending) {
    if (pending.expiresAt <= state.now()) state.auth.pending.delete(id);
  }
  state.auth.pending.set(request.id, request);
  renderPage(ctx, state, request);
}

function complete(ctx: RequestContext, state: EmulatorState): void {
  const requestId = stringField(ctx.body, 'request_id') ?? '';
  const request = state.auth.pending.get(requestId);
  if (!request || request.expiresAt <= state.now()) {
    throw oauthError('invalid_request', 'This sign-in page has expired; start the sign-in again.');
  }
  const organizationId = stringField(ctx.body, 'organization_id');
  const action = stringField(ctx.body, 'action');
  const credentialAction = action ? CREDENTIAL_ACTIONS[action] : undefined;
  if (credentialAction) {
    credentialAction(ctx, state, request, (error) => renderPage(ctx, state, request, error));
    return;
  }
  if (action === 'sign-up') {
    const email = stringField(ctx.body, 'email')?.trim();
    if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      renderPage(ctx, state, request, 'Enter a valid email address.');
      return;
    }
    if (state.directory.findUser(email)) {
      renderPage(ctx, state, request, `${email} already has an account; sign in instead.`);
      return;
    }
    if (organizationId && !state.directory.organizations.has(organizationId)) {
      renderPage(ctx, state, request, 'Unknown organization.');
      return;
    }
    const now = state.now();
    const user = state.directory.addUser(
      {
        email,
        firstName: stringField(ctx.body, 'first_name'),
        lastName: stringField(ctx.body, 'last_name'),
      },
      now,
    );
    if (organizationId) state.directory.addMembership(user.id, organizationId, 'member', now);
    state.auth.pending.delete(request.id);
    redirect(ctx.res, completeAuthorization(state, request, user, organizationId));
    return;
  }
  const user = state.directory.users.get(stringField(ctx.body, 'user_id') ?? '');
  if (!user) {
    renderPage(ctx, state, request, 'Unknown user.');
    return;
  }
  state.auth.pending.delete(request.id);
  redirect(ctx.res, completeAuthorization(state, request, user, organizationId));
}

const CREDENTIAL_ACTIONS: Record<
  string,
  (
    ctx: RequestContext,
    state: EmulatorState,
    request: PendingAuthorization,
    render: RenderWithError,
  ) => void
> = {
  password: passwordAction,
  'magic-send': magicSendAction,
  'magic-verify': magicVerifyAction,
};

/** The browser-facing authorize endpoint and the hosted page's form target. */
export const authorizeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/user_management\/authorize$/,
    access: 'public',
    browser: true,
    handler: authorize,
  },
  {
    method: 'POST',
    pattern: /^\/user_management\/authorize\/complete$/,
    access: 'public',
    browser: true,
    handler: complete,
  },
];
