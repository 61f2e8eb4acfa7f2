import { apiError, type RequestContext, sendJson } from '../http.js';
import { type InvitationRecord, invitationJson } from '../invitations.js';
import type { Route } from '../route-types.js';
import type { EmulatorState } from '../state.js';

function baseUrl(ctx: RequestContext): string {
  return `http://${ctx.req.headers.host ?? '127.0.0.1'}`;
}

function answer(ctx: RequestContext, invitation: InvitationRecord | undefined, key: string) {
  if (!invitation) throw apiError(404, 'entity_not_found', `Invitation not found: '${key}'`);
  sendJson(ctx.res, 200, invitationJson(invitation, baseUrl(ctx)));
}

/** `GET /user_management/invitations/{id}` and `…/by_token/{token}` for seeded invitations. */
export const invitationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/user_management\/invitations\/by_token\/(?<token>[^/]+)$/,
    access: 'api-key',
    handler: (ctx, state: EmulatorState) =>
      answer(ctx, state.invitations.byToken(ctx.params.token!), ctx.params.token!),
  },
  {
    method: 'GET',
    pattern: /^\/user_management\/invitations\/(?<id>[^/]+)$/,
    access: 'api-key',
    handler: (ctx, state: EmulatorState) =>
      answer(ctx, state.invitations.records.get(ctx.params.id!), ctx.params.id!),
  },
];
