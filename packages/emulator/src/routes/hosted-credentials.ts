import type { PendingAuthorization } from '../auth-store.js';
import { completeAuthorization } from '../authorize-flow.js';
import { userWithPassword } from '../direct-grants.js';
import { type RequestContext, redirect, sendHtml, stringField } from '../http.js';
import { layout } from '../pages.js';
import { type AppSummary, appBanner, magicCodeForm } from '../pages-credentials.js';
import type { EmulatorState } from '../state.js';

/** Renders the page again with an error (the route's own renderer). */
export type RenderWithError = (error: string) => void;

/** A credential step of the hosted sign-in page: answers, or renders the page again with an error. */
export type CredentialAction = (
  ctx: RequestContext,
  state: EmulatorState,
  request: PendingAuthorization,
  render: RenderWithError,
) => void;

/** The app a request signs in to, with notes for every option that changes the sign-in. */
export function appSummary(state: EmulatorState, request: PendingAuthorization): AppSummary {
  const notes: string[] = [];
  const org = request.organizationId
    ? state.directory.organizations.get(request.organizationId)
    : undefined;
  if (org) notes.push(`Organization: ${org.name}`);
  if (request.connectionId) notes.push(`Signs in through SSO connection ${request.connectionId}`);
  if (request.provider && request.provider !== 'authkit') {
    notes.push(`Simulates ${request.provider}: any user below signs in as if through it`);
  }
  if (request.invitationToken) {
    const invitation = state.invitations.byToken(request.invitationToken);
    if (invitation) notes.push(`Accepts the invitation for ${invitation.email}`);
  }
  if (request.maxAge !== null) {
    notes.push(`The app asked for a fresh sign-in (max_age=${request.maxAge} s)`);
  }
  return {
    clientId: state.clientId,
    redirectHost: new URL(request.redirectUri).host,
    redirectUri: request.redirectUri,
    notes,
  };
}

function finish(
  ctx: RequestContext,
  state: EmulatorState,
  request: PendingAuthorization,
  userId: string,
) {
  const user = state.directory.users.get(userId)!;
  state.auth.pending.delete(request.id);
  redirect(ctx.res, completeAuthorization(state, request, user));
}

/** `action=password`: the email and password of a user seeded or created with one. */
export const passwordAction: CredentialAction = (ctx, state, request, render) => {
  const email = stringField(ctx.body, 'email') ?? '';
  const user = userWithPassword(state, email, stringField(ctx.body, 'password') ?? '');
  if (!user) {
    render('Invalid email or password.');
    return;
  }
  finish(ctx, state, request, user.id);
};

/** `action=magic-send`: emails (to the outbox) a Magic Auth code and asks for it. */
export const magicSendAction: CredentialAction = (ctx, state, request, render) => {
  const email = stringField(ctx.body, 'email')?.trim() ?? '';
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    render('Enter a valid email address.');
    return;
  }
  const now = state.now();
  const user =
    state.directory.findUser(email) ??
    state.directory.addUser({ email, emailVerified: false }, now);
  state.codes.issue('magic_auth', user, now);
  const page = `${appBanner(appSummary(state, request))}${magicCodeForm(request.id, user.email)}`;
  sendHtml(ctx.res, 200, layout('Check your email', page));
};

/** `action=magic-verify`: the emailed code signs the user in (and verifies their email). */
export const magicVerifyAction: CredentialAction = (ctx, state, request, render) => {
  const email = stringField(ctx.body, 'email') ?? '';
  const spent = state.codes.redeem(
    'magic_auth',
    { email },
    stringField(ctx.body, 'code') ?? '',
    state.now(),
  );
  const user = spent && spent !== 'expired' ? state.directory.users.get(spent.userId) : undefined;
  if (!user) {
    render(
      spent === 'expired' ? 'That code has expired; ask for a new one.' : 'That code is not right.',
    );
    return;
  }
  user.emailVerified = true;
  finish(ctx, state, request, user.id);
};
