import { apiError, type RequestContext, sendJson, stringField } from '../http.js';
import type { ChallengeRecord, FactorRecord } from '../mfa.js';
import { apiRoute, type Route } from '../route-types.js';
import { listJson } from '../serialize.js';
import type { EmulatorState } from '../state.js';

const iso = (ms: number) => new Date(ms).toISOString();

function factorJson(factor: FactorRecord, withSecret = false) {
  const uri = `otpauth://totp/${encodeURIComponent(factor.issuer)}:${encodeURIComponent(factor.label)}?secret=${factor.secret}&issuer=${encodeURIComponent(factor.issuer)}`;
  return {
    object: 'authentication_factor',
    id: factor.id,
    type: 'totp',
    user_id: factor.userId,
    totp: withSecret
      ? { issuer: factor.issuer, user: factor.label, secret: factor.secret, uri, qr_code: '' }
      : { issuer: factor.issuer, user: factor.label },
    created_at: iso(factor.createdAt),
    updated_at: iso(factor.updatedAt),
  };
}

function challengeJson(challenge: ChallengeRecord) {
  return {
    object: 'authentication_challenge',
    id: challenge.id,
    authentication_factor_id: challenge.factorId,
    expires_at: iso(challenge.expiresAt),
    created_at: iso(challenge.createdAt),
    updated_at: iso(challenge.updatedAt),
  };
}

function enroll(ctx: RequestContext, state: EmulatorState): void {
  const user = state.directory.users.get(ctx.params.id!);
  if (!user) throw apiError(404, 'entity_not_found', `User not found: '${ctx.params.id}'`);
  if (ctx.body.type !== 'totp') {
    throw apiError(422, 'invalid_request_parameters', 'The emulator enrols only type "totp".');
  }
  const secret = stringField(ctx.body, 'totp_secret');
  if (secret && !/^[A-Z2-7]+=*$/i.test(secret)) {
    throw apiError(422, 'invalid_request_parameters', 'totp_secret must be base32.');
  }
  const now = state.now();
  const factor = state.mfa.enroll(
    user.id,
    {
      secret: secret?.toUpperCase(),
      issuer: stringField(ctx.body, 'totp_issuer'),
      label: stringField(ctx.body, 'totp_user') ?? user.email,
    },
    now,
  );
  sendJson(ctx.res, 201, {
    authentication_factor: factorJson(factor, true),
    authentication_challenge: challengeJson(state.mfa.challenge(factor.id, now)),
  });
}

function listFactors(ctx: RequestContext, state: EmulatorState): void {
  if (!state.directory.users.has(ctx.params.id!)) {
    throw apiError(404, 'entity_not_found', `User not found: '${ctx.params.id}'`);
  }
  const factors = state.mfa.factorsOf(ctx.params.id!).map((f) => factorJson(f));
  sendJson(ctx.res, 200, listJson(factors, ctx.query));
}

function factorOf(ctx: RequestContext, state: EmulatorState): FactorRecord {
  const factor = state.mfa.factors.get(ctx.params.id!);
  if (!factor)
    throw apiError(404, 'entity_not_found', `Authentication factor not found: '${ctx.params.id}'`);
  return factor;
}

function challenge(ctx: RequestContext, state: EmulatorState): void {
  const factor = factorOf(ctx, state);
  sendJson(ctx.res, 201, challengeJson(state.mfa.challenge(factor.id, state.now())));
}

function verify(ctx: RequestContext, state: EmulatorState): void {
  const code = stringField(ctx.body, 'code') ?? '';
  const id = ctx.params.id!;
  const outcome = state.mfa.verify(id, code, state.now());
  const record = state.mfa.challenges.get(id);
  if (outcome === 'not_found' || !record) {
    throw apiError(404, 'entity_not_found', `Authentication challenge not found: '${id}'`);
  }
  if (outcome === 'expired') {
    throw apiError(422, 'authentication_challenge_expired', 'The challenge has expired.');
  }
  sendJson(ctx.res, 200, { challenge: challengeJson(record), valid: outcome === 'valid' });
}

function removeFactor(ctx: RequestContext, state: EmulatorState): void {
  state.mfa.remove(factorOf(ctx, state).id);
  ctx.res.writeHead(204, { 'content-length': 0 }).end();
}

/** TOTP enrolment, challenges and verification (`multiFactorAuth` in the SDK). */
export const mfaRoutes: Route[] = [
  apiRoute('POST', /^\/user_management\/users\/(?<id>[^/]+)\/auth_factors$/, enroll),
  apiRoute('GET', /^\/user_management\/users\/(?<id>[^/]+)\/auth_factors$/, listFactors),
  apiRoute('GET', /^\/auth\/factors\/(?<id>[^/]+)$/, (ctx, state) =>
    sendJson(ctx.res, 200, factorJson(factorOf(ctx, state))),
  ),
  apiRoute('DELETE', /^\/auth\/factors\/(?<id>[^/]+)$/, removeFactor),
  apiRoute('POST', /^\/auth\/factors\/(?<id>[^/]+)\/challenge$/, challenge),
  apiRoute('POST', /^\/auth\/challenges\/(?<id>[^/]+)\/verify$/, verify),
];
