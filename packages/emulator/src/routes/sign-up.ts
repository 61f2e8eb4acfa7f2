import { apiError, type RequestContext, sendJson, stringField } from '../http.js';
import type { OneTimeCodeKind, OneTimeCodeRecord } from '../one-time-codes.js';
import { apiRoute, type Route } from '../route-types.js';
import { userJson } from '../serialize.js';
import type { EmulatorState } from '../state.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The WorkOS email verification / Magic Auth object (they share a shape). */
function codeJson(record: OneTimeCodeRecord) {
  return {
    object: record.kind,
    id: record.id,
    user_id: record.userId,
    email: record.email,
    expires_at: iso(record.expiresAt),
    code: record.code,
    created_at: iso(record.createdAt),
    updated_at: iso(record.createdAt),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

function createUser(ctx: RequestContext, state: EmulatorState): void {
  const email = stringField(ctx.body, 'email')?.trim();
  if (!email || !EMAIL.test(email)) {
    throw apiError(422, 'invalid_request_parameters', 'A valid email is required.');
  }
  if (state.directory.findUser(email)) {
    throw apiError(409, 'user_already_exists', `A user with email '${email}' already exists.`);
  }
  const metadata = ctx.body.metadata;
  const user = state.directory.addUser(
    {
      email,
      firstName: stringField(ctx.body, 'first_name'),
      lastName: stringField(ctx.body, 'last_name'),
      emailVerified: ctx.body.email_verified === true,
      password: stringField(ctx.body, 'password'),
      externalId: stringField(ctx.body, 'external_id'),
      metadata:
        typeof metadata === 'object' && metadata !== null
          ? (metadata as Record<string, string>)
          : undefined,
    },
    state.now(),
  );
  sendJson(ctx.res, 201, userJson(user));
}

function userOf(ctx: RequestContext, state: EmulatorState) {
  const user = state.directory.users.get(ctx.params.id!);
  if (!user) throw apiError(404, 'entity_not_found', `User not found: '${ctx.params.id}'`);
  return user;
}

function sendVerification(ctx: RequestContext, state: EmulatorState): void {
  const user = userOf(ctx, state);
  if (user.emailVerified) {
    throw apiError(400, 'email_already_verified', `${user.email} is already verified.`);
  }
  state.codes.issue('email_verification', user, state.now());
  sendJson(ctx.res, 200, { user: userJson(user) });
}

function confirmVerification(ctx: RequestContext, state: EmulatorState): void {
  const user = userOf(ctx, state);
  const code = stringField(ctx.body, 'code');
  if (!code) throw apiError(422, 'invalid_request_parameters', 'code is required.');
  const spent = state.codes.redeem('email_verification', { userId: user.id }, code, state.now());
  if (spent === 'expired') {
    throw apiError(400, 'email_verification_code_expired', 'The code has expired.');
  }
  if (!spent) throw apiError(400, 'invalid_one_time_code', 'Invalid email verification code.');
  user.emailVerified = true;
  user.updatedAt = state.now();
  sendJson(ctx.res, 200, { user: userJson(user) });
}

function createMagicAuth(ctx: RequestContext, state: EmulatorState): void {
  const email = stringField(ctx.body, 'email')?.trim();
  if (!email || !EMAIL.test(email)) {
    throw apiError(422, 'invalid_request_parameters', 'A valid email is required.');
  }
  const now = state.now();
  // Magic Auth signs up unknown addresses: the user exists (unverified) from the first code.
  const user =
    state.directory.findUser(email) ??
    state.directory.addUser({ email, emailVerified: false }, now);
  sendJson(ctx.res, 201, codeJson(state.codes.issue('magic_auth', user, now)));
}

function getCode(kind: OneTimeCodeKind, label: string) {
  return (ctx: RequestContext, state: EmulatorState) => {
    const record = state.codes.get(kind, ctx.params.id!);
    if (!record) throw apiError(404, 'entity_not_found', `${label} not found: '${ctx.params.id}'`);
    sendJson(ctx.res, 200, codeJson(record));
  };
}

/** What a custom sign-in UI calls: create user, email verification, Magic Auth. */
export const signUpRoutes: Route[] = [
  apiRoute('POST', /^\/user_management\/users$/, createUser),
  apiRoute(
    'POST',
    /^\/user_management\/users\/(?<id>[^/]+)\/email_verification\/send$/,
    sendVerification,
  ),
  apiRoute(
    'POST',
    /^\/user_management\/users\/(?<id>[^/]+)\/email_verification\/confirm$/,
    confirmVerification,
  ),
  apiRoute(
    'GET',
    /^\/user_management\/email_verification\/(?<id>[^/]+)$/,
    getCode('email_verification', 'Email verification'),
  ),
  apiRoute('POST', /^\/user_management\/magic_auth$/, createMagicAuth),
  apiRoute(
    'GET',
    /^\/user_management\/magic_auth\/(?<id>[^/]+)$/,
    getCode('magic_auth', 'Magic Auth'),
  ),
];
