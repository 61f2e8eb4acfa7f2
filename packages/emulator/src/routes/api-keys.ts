import { apiKeyJson } from '../api-keys.js';
import { apiError, type RequestContext, sendJson, stringField } from '../http.js';
import { apiRoute, type Route } from '../route-types.js';
import { listJson } from '../serialize.js';
import type { EmulatorState } from '../state.js';

function validate(ctx: RequestContext, state: EmulatorState): void {
  const value = stringField(ctx.body, 'value');
  if (!value) throw apiError(422, 'invalid_request_parameters', 'value is required.');
  const key = state.apiKeys.validate(value, state.now());
  sendJson(ctx.res, 200, { api_key: key ? apiKeyJson(key) : null });
}

function revoke(ctx: RequestContext, state: EmulatorState): void {
  if (!state.apiKeys.revoke(ctx.params.id!)) {
    throw apiError(404, 'entity_not_found', `API key not found: '${ctx.params.id}'`);
  }
  ctx.res.writeHead(204, { 'content-length': 0 }).end();
}

function orgOf(ctx: RequestContext, state: EmulatorState): string {
  const id = ctx.params.id!;
  if (!state.directory.organizations.has(id)) {
    throw apiError(404, 'entity_not_found', `Organization not found: '${id}'`);
  }
  return id;
}

function list(ctx: RequestContext, state: EmulatorState): void {
  const organizationId = orgOf(ctx, state);
  const keys = [...state.apiKeys.keys.values()]
    .filter((k) => k.organizationId === organizationId)
    .map(apiKeyJson);
  sendJson(ctx.res, 200, listJson(keys, ctx.query));
}

function create(ctx: RequestContext, state: EmulatorState): void {
  const organizationId = orgOf(ctx, state);
  const name = stringField(ctx.body, 'name');
  if (!name) throw apiError(422, 'invalid_request_parameters', 'name is required.');
  const permissions = Array.isArray(ctx.body.permissions)
    ? ctx.body.permissions.filter((p): p is string => typeof p === 'string')
    : [];
  const key = state.apiKeys.create({ organizationId, name, permissions }, state.now());
  sendJson(ctx.res, 201, { ...apiKeyJson(key), value: key.value });
}

/** Organization API keys: validation (what `apiKeys.createValidation` calls), revocation, list, create. */
export const apiKeyRoutes: Route[] = [
  apiRoute('POST', /^\/api_keys\/validations$/, validate),
  apiRoute('DELETE', /^\/api_keys\/(?<id>[^/]+)$/, revoke),
  apiRoute('GET', /^\/organizations\/(?<id>[^/]+)\/api_keys$/, list),
  apiRoute('POST', /^\/organizations\/(?<id>[^/]+)\/api_keys$/, create),
];
