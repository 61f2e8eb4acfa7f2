import { apiError, type RequestContext, sendJson } from '../http.js';
import type { Route } from '../route-types.js';
import type { EmulatorState } from '../state.js';

function jwks(ctx: RequestContext, state: EmulatorState): void {
  if (ctx.params.clientId && ctx.params.clientId !== state.clientId) {
    throw apiError(404, 'entity_not_found', `Client not found: '${ctx.params.clientId}'`);
  }
  sendJson(ctx.res, 200, state.keys.jwks(Date.now()));
}

function health(ctx: RequestContext, state: EmulatorState): void {
  sendJson(ctx.res, 200, { status: 'ok', clientId: state.clientId, issuer: state.issuer });
}

/** `GET /sso/jwks/{clientId}` (also `/sso/jwks` and the sessions alias) and `GET /health`. */
export const jwksRoutes: Route[] = [
  { method: 'GET', pattern: /^\/sso\/jwks\/(?<clientId>[^/]+)$/, access: 'public', handler: jwks },
  { method: 'GET', pattern: /^\/sso\/jwks$/, access: 'public', handler: jwks },
  {
    method: 'GET',
    pattern: /^\/user_management\/sessions\/jwks\/(?<clientId>[^/]+)$/,
    access: 'public',
    handler: jwks,
  },
  { method: 'GET', pattern: /^\/health$/, access: 'control', handler: health },
];
