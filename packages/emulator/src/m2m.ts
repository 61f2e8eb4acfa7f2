import type { IncomingMessage } from 'node:http';
import { SignJWT } from 'jose';
import { sameString } from './grants.js';
import { oauthError, stringField } from './http.js';
import { ulid } from './ids.js';
import type { EmulatorState } from './state.js';
import { accessTokenExp } from './tokens.js';

const M2M_TTL_SECONDS = 3600;

/** The body of a `client_credentials` answer (RFC 6749 §4.4.3). */
export interface ClientCredentialsResponseJson {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

function basicCredentials(req: IncomingMessage): { id?: string; secret?: string } {
  const header = req.headers.authorization ?? '';
  if (!/^basic\s/i.test(header)) return {};
  const decoded = Buffer.from(header.replace(/^basic\s+/i, ''), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return {};
  const decode = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };
  return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

/**
 * `grant_type=client_credentials`: an M2M application's id and secret (in the body or HTTP Basic)
 * for an RS256 access token signed by the same key as user tokens: `sub` is the client id, plus
 * `org_id`, a space-separated `scope` and a `jti`.
 */
export async function clientCredentials(
  state: EmulatorState,
  body: Record<string, unknown>,
  req: IncomingMessage,
): Promise<ClientCredentialsResponseJson> {
  const basic = basicCredentials(req);
  const clientId = stringField(body, 'client_id') ?? basic.id;
  const secret = stringField(body, 'client_secret') ?? basic.secret;
  if (!clientId || !secret) {
    throw oauthError('invalid_request', 'Missing required parameter: client_id and client_secret');
  }
  const app = state.m2mApps.get(clientId);
  if (!app || !sameString(secret, app.clientSecret))
    throw oauthError('invalid_client', 'Invalid client id or secret.', 401);
  const allowed = app.scopes ?? [];
  const requested = stringField(body, 'scope')?.split(/\s+/).filter(Boolean);
  const unknown = requested?.filter((scope) => !allowed.includes(scope)) ?? [];
  if (unknown.length > 0) {
    throw oauthError(
      'invalid_scope',
      `Scopes not granted to this application: ${unknown.join(', ')}`,
    );
  }
  const scope = (requested ?? allowed).join(' ');
  const now = state.now();
  const payload: Record<string, unknown> = {
    iss: state.issuer,
    sub: clientId,
    jti: ulid(now),
    iat: Math.floor(now / 1000),
    exp: accessTokenExp(now, M2M_TTL_SECONDS),
    scope,
  };
  if (app.organizationId) payload.org_id = app.organizationId;
  const key = state.keys.active;
  const token = await new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .sign(key.privateKey);
  return { access_token: token, token_type: 'Bearer', expires_in: M2M_TTL_SECONDS, scope };
}
