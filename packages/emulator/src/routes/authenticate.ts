import { directGrant } from '../direct-grants.js';
import { authenticateClient, exchangeCode, refresh } from '../grants.js';
import { oauthError, type RequestContext, sendJson, stringField } from '../http.js';
import { clientCredentials } from '../m2m.js';
import type { Route } from '../route-types.js';
import type { EmulatorState } from '../state.js';

async function authenticate(ctx: RequestContext, state: EmulatorState): Promise<void> {
  const grantType = stringField(ctx.body, 'grant_type');
  if (!grantType) throw oauthError('invalid_request', 'Missing required parameter: grant_type');
  if (grantType === 'client_credentials') {
    sendJson(ctx.res, 200, await clientCredentials(state, ctx.body, ctx.req));
    return;
  }
  authenticateClient(state, ctx.body);
  const client = {
    ipAddress: stringField(ctx.body, 'ip_address') ?? null,
    userAgent: stringField(ctx.body, 'user_agent') ?? null,
  };
  const direct = directGrant(grantType);
  if (direct) {
    sendJson(ctx.res, 200, await direct(state, ctx.body, client));
    return;
  }
  if (grantType === 'authorization_code') {
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

async function oauth2Token(ctx: RequestContext, state: EmulatorState): Promise<void> {
  const grantType = stringField(ctx.body, 'grant_type');
  if (grantType !== 'client_credentials') {
    throw oauthError(
      'unsupported_grant_type',
      `/oauth2/token supports client_credentials, not '${grantType ?? ''}'`,
    );
  }
  sendJson(ctx.res, 200, await clientCredentials(state, ctx.body, ctx.req));
}

/** `POST /user_management/authenticate` (every grant) and `POST /oauth2/token` (M2M). */
export const authenticateRoutes: Route[] = [
  { method: 'POST', pattern: /^\/oauth2\/token$/, access: 'public', handler: oauth2Token },
  {
    method: 'POST',
    pattern: /^\/user_management\/authenticate$/,
    access: 'public',
    handler: authenticate,
  },
];
