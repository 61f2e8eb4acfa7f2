import { apiError, type RequestContext, sendJson } from '../http.js';
import { apiRoute, type Route } from '../route-types.js';
import { listJson, membershipJson, organizationJson, userJson } from '../serialize.js';
import type { EmulatorState } from '../state.js';

function getUser(ctx: RequestContext, state: EmulatorState): void {
  const user = state.directory.users.get(ctx.params.id!);
  if (!user) throw apiError(404, 'entity_not_found', `User not found: '${ctx.params.id}'`);
  sendJson(ctx.res, 200, userJson(user));
}

function getUserByExternalId(ctx: RequestContext, state: EmulatorState): void {
  const user = [...state.directory.users.values()].find(
    (u) => u.externalId === ctx.params.externalId,
  );
  if (!user) throw apiError(404, 'entity_not_found', `User not found: '${ctx.params.externalId}'`);
  sendJson(ctx.res, 200, userJson(user));
}

function listUsers(ctx: RequestContext, state: EmulatorState): void {
  const email = ctx.query.get('email')?.toLowerCase();
  const organizationId = ctx.query.get('organization_id');
  const users = [...state.directory.users.values()].filter(
    (user) =>
      (!email || user.email.toLowerCase() === email) &&
      (!organizationId || state.directory.activeMembership(user.id, organizationId)),
  );
  sendJson(ctx.res, 200, listJson(users.map(userJson), ctx.query));
}

function getOrganization(ctx: RequestContext, state: EmulatorState): void {
  const org = state.directory.organizations.get(ctx.params.id!);
  if (!org) throw apiError(404, 'entity_not_found', `Organization not found: '${ctx.params.id}'`);
  sendJson(ctx.res, 200, organizationJson(org));
}

function listOrganizations(ctx: RequestContext, state: EmulatorState): void {
  const orgs = [...state.directory.organizations.values()].map(organizationJson);
  sendJson(ctx.res, 200, listJson(orgs, ctx.query));
}

function listMemberships(ctx: RequestContext, state: EmulatorState): void {
  const userId = ctx.query.get('user_id');
  const organizationId = ctx.query.get('organization_id');
  if (!userId && !organizationId) {
    throw apiError(422, 'invalid_request_parameters', 'user_id or organization_id is required');
  }
  const statuses = ctx.query.get('statuses')?.split(',').filter(Boolean);
  const memberships = state.directory.memberships
    .filter(
      (m) =>
        (!userId || m.userId === userId) &&
        (!organizationId || m.organizationId === organizationId) &&
        (!statuses || statuses.includes(m.status)),
    )
    .map((m) => membershipJson(m, state.directory.organizations.get(m.organizationId)));
  sendJson(ctx.res, 200, listJson(memberships, ctx.query));
}

function getMembership(ctx: RequestContext, state: EmulatorState): void {
  const membership = state.directory.memberships.find((m) => m.id === ctx.params.id);
  if (!membership) {
    throw apiError(
      404,
      'entity_not_found',
      `Organization membership not found: '${ctx.params.id}'`,
    );
  }
  const org = state.directory.organizations.get(membership.organizationId);
  sendJson(ctx.res, 200, membershipJson(membership, org));
}

/** Users, organizations and organization memberships (all need the API key). */
export const directoryRoutes: Route[] = [
  apiRoute('GET', /^\/user_management\/users$/, listUsers),
  apiRoute(
    'GET',
    /^\/user_management\/users\/external_id\/(?<externalId>[^/]+)$/,
    getUserByExternalId,
  ),
  apiRoute('GET', /^\/user_management\/users\/(?<id>[^/]+)$/, getUser),
  apiRoute('GET', /^\/organizations$/, listOrganizations),
  apiRoute('GET', /^\/organizations\/(?<id>[^/]+)$/, getOrganization),
  apiRoute('GET', /^\/user_management\/organization_memberships$/, listMemberships),
  apiRoute('GET', /^\/user_management\/organization_memberships\/(?<id>[^/]+)$/, getMembership),
];
