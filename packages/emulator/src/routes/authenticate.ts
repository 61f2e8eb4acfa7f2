import { authenticateClient, exchangeCode, refresh } from '../grants.js';
import { oauthError, type RequestContext, sendJson, stringField } from '../http.js';
import type { Route } from '../route-types.js';
import type { EmulatorState } from '../state.js';

async function authenticate(ctx: RequestContext, state: EmulatorState): Promise<void> {
  const grantType = stringField(ctx.body, 'grant_type');
  if (!grantType) throw oauthError('invalid_request', 'Missing required parameter: grant_type');
  authenticateClient(state, ctx.body);
  if (grantType === 'authorization_code') {
    const client = {
      ipAddress: stringField(ctx.body, 'ip_address') ?? null,
      userAgent: stringField(ctx.body, 'user_agent') ?? null,
    };
    sendJson(ctx.res, 200, await exchangeCode(state, ctx.body, client));
    return;
  }
  if (grantType === 'refresh_token') {
    sendJson(ctx.res, 200, await refresh(state, ctx.body));
    return;
  }
  throw oauthError(
    'unsupported_grant_type',
    `The emulator does not support grant_type '${grantType}'`,
  );
}

/** `POST /user_management/authenticate`: the token endpoint. */
export const authenticateRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/user_management\/authenticate$/,
    access: 'public',
    handler: authenticate,
  },
];
