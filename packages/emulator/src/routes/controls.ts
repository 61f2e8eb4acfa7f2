import type { CreateApiKeyOptions } from '../api-keys.js';
import type { SessionRecord } from '../auth-store.js';
import { Controls, type ImpersonateOptions } from '../controls.js';
import type { FaultSpec } from '../faults.js';
import { HttpError, type RequestContext, sendJson } from '../http.js';
import type { OneTimeCodeKind } from '../one-time-codes.js';
import type { Handler, Route } from '../route-types.js';
import { validateSeed } from '../seed-validate.js';
import { sessionJson } from '../serialize.js';
import type { EmulatorState } from '../state.js';

const SETTERS = {
  accessTokenTtlSeconds: 'setAccessTokenTtl',
  clockOffsetSeconds: 'setClockOffset',
  refreshGraceSeconds: 'setRefreshGrace',
  sessionTtlSeconds: 'setSessionTtl',
  sessionInactivitySeconds: 'setSessionInactivity',
  autoLogin: 'setAutoLogin',
} as const;

function control(run: (controls: Controls, ctx: RequestContext) => unknown): Handler {
  return async (ctx: RequestContext, state: EmulatorState) => {
    let result: unknown;
    try {
      result = await run(new Controls(state), ctx);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, {
        code: 'invalid_control_request',
        message: (error as Error).message,
      });
    }
    sendJson(ctx.res, 200, result ?? { success: true });
  };
}

function summary(state: EmulatorState) {
  return {
    clientId: state.clientId,
    issuer: state.issuer,
    settings: state.settings,
    kid: state.keys.active.kid,
    faults: state.faults.pending(),
  };
}

/** A session for the controls: WorkOS's session object plus the current access token's expiry. */
/** A control that revokes the record `ctx.params.id` names (404 when there is none). */
function revokeById(revoke: (controls: Controls, id: string) => boolean, what: string): Handler {
  return control((c, ctx) => {
    if (!revoke(c, ctx.params.id!)) throw new HttpError(404, { message: `${what} not found` });
  });
}

function controlSessionJson(session: SessionRecord) {
  const expiresAt = session.accessTokenExpiresAt;
  return {
    ...sessionJson(session),
    access_token_expires_at: expiresAt === null ? null : new Date(expiresAt).toISOString(),
  };
}

const routes: [string, string, Handler][] = [
  ['GET', '', (ctx, state) => sendJson(ctx.res, 200, summary(state))],
  [
    'POST',
    '/reset',
    control((c, ctx) => c.reset(ctx.body.seed ? validateSeed(ctx.body.seed) : undefined)),
  ],
  ['POST', '/seed', control((c, ctx) => c.reset(validateSeed(ctx.body)))],
  [
    'POST',
    '/settings',
    control((c, ctx) => {
      for (const [key, setter] of Object.entries(SETTERS)) {
        if (ctx.body[key] !== undefined) (c[setter] as (value: unknown) => void)(ctx.body[key]);
      }
    }),
  ],
  ['POST', '/keys/rotate', control((c, ctx) => c.rotateSigningKey(ctx.body))],
  ['GET', '/faults', (ctx, state) => sendJson(ctx.res, 200, { data: state.faults.pending() })],
  ['POST', '/faults', control((c, ctx) => c.injectFault(ctx.body as unknown as FaultSpec))],
  ['DELETE', '/faults', control((c) => c.clearFaults())],
  [
    'GET',
    '/calls',
    control((c, ctx) => ({
      data: c.calls({
        path: ctx.query.get('path') ?? undefined,
        method: ctx.query.get('method') ?? undefined,
        grantType: ctx.query.get('grant_type') ?? undefined,
        sessionId: ctx.query.get('session_id') ?? undefined,
      }),
    })),
  ],
  ['DELETE', '/calls', control((c) => c.clearCalls())],
  ['GET', '/sessions', control((c) => ({ data: c.sessions().map(controlSessionJson) }))],
  ['POST', '/sessions/(?<id>[^/]+)/revoke', revokeById((c, id) => c.revokeSession(id), 'Session')],
  [
    'POST',
    '/impersonate',
    control((c, ctx) => c.impersonate(ctx.body as unknown as ImpersonateOptions)),
  ],
  ['POST', '/sign-in', control((c, ctx) => c.signIn(ctx.body as { user: string }))],
  [
    'GET',
    '/outbox',
    control((c, ctx) => ({
      data: c.outbox({
        to: ctx.query.get('to') ?? undefined,
        kind: (ctx.query.get('kind') as OneTimeCodeKind | null) ?? undefined,
      }),
    })),
  ],
  ['GET', '/api-keys', control((c) => ({ data: c.apiKeys() }))],
  [
    'POST',
    '/api-keys',
    control((c, ctx) => c.createApiKey(ctx.body as unknown as CreateApiKeyOptions)),
  ],
  ['DELETE', '/api-keys/(?<id>[^/]+)', revokeById((c, id) => c.revokeApiKey(id), 'API key')],
  [
    'POST',
    '/totp/enroll',
    control((c, ctx) => c.enrollTotp(String(ctx.body.user), ctx.body.secret as string | undefined)),
  ],
  ['GET', '/totp', control((c, ctx) => ({ code: c.totpCode(ctx.query.get('user') ?? '') }))],
  [
    'POST',
    '/codes',
    control((c, ctx) => ({ code: c.createAuthorizationCode(ctx.body as { user: string }) })),
  ],
];

/** Test controls over HTTP under the private `/__emulator` prefix. */
export const controlRoutes: Route[] = routes.map(([method, path, handler]) => ({
  method,
  pattern: new RegExp(`^/__emulator${path}$`),
  access: 'control',
  handler,
}));
