import {
  apiError,
  HttpError,
  type RequestContext,
  redirect,
  sendJson,
  stringField,
} from '../http.js';
import { apiRoute, type Route } from '../route-types.js';
import { listJson, sessionJson } from '../serialize.js';
import type { EmulatorState } from '../state.js';

function listSessions(ctx: RequestContext, state: EmulatorState): void {
  const userId = ctx.params.id!;
  if (!state.directory.users.has(userId)) {
    throw apiError(404, 'entity_not_found', `User not found: '${userId}'`);
  }
  const sessions = [...state.auth.sessions.values()]
    .filter((session) => session.userId === userId)
    .map((session) => {
      state.activeSession(session.id);
      return sessionJson(session);
    });
  sendJson(ctx.res, 200, listJson(sessions, ctx.query));
}

function revoke(ctx: RequestContext, state: EmulatorState): void {
  const sessionId = stringField(ctx.body, 'session_id');
  if (!sessionId) throw apiError(422, 'invalid_request_parameters', 'session_id is required');
  if (!state.auth.revokeSession(sessionId, state.now())) {
    throw apiError(404, 'entity_not_found', `Session not found: '${sessionId}'`);
  }
  sendJson(ctx.res, 200, { success: true });
}

function logout(ctx: RequestContext, state: EmulatorState): void {
  const sessionId = ctx.query.get('session_id');
  if (!sessionId) throw apiError(422, 'invalid_request_parameters', 'session_id is required');
  const returnTo = ctx.query.get('return_to');
  if (returnTo && !state.isAllowedRedirect(returnTo)) {
    throw new HttpError(400, {
      error: 'invalid_request',
      error_description: `return_to '${returnTo}' is not an allowed host`,
    });
  }
  state.auth.revokeSession(sessionId, state.now());
  if (returnTo) {
    redirect(ctx.res, returnTo);
    return;
  }
  sendJson(ctx.res, 200, { success: true });
}

/** Session list, revoke and the browser-facing logout URL. */
export const sessionRoutes: Route[] = [
  apiRoute('GET', /^\/user_management\/users\/(?<id>[^/]+)\/sessions$/, listSessions),
  apiRoute('POST', /^\/user_management\/sessions\/revoke$/, revoke),
  {
    method: 'GET',
    pattern: /^\/user_management\/sessions\/logout$/,
    access: 'public',
    browser: true,
    handler: logout,
  },
];
