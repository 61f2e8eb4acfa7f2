import { type ApiKeyValidation, ApiKeyValidationError } from '@workos/authkit-session/adapter';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getAuthKit } from './middleware.js';
import { registered, replaceResponse } from './respond.js';
import type { AuthKitHonoOptions } from './types.js';

/** A credential `requireApiKey()` accepted: a WorkOS API key or an M2M access token. */
export type ValidApiKey = Extract<ApiKeyValidation, { valid: true }>;

/** Variables once `requireApiKey()` has run. */
export interface ApiKeyVariables {
  /** The accepted credential (`kind: 'api_key'` or `'m2m_token'`). */
  apiKey: ValidApiKey;
}

/** A Hono `Env` carrying `c.var.apiKey`. */
export interface ApiKeyEnv {
  Variables: ApiKeyVariables;
}

/** Options of `requireApiKey()`. */
export interface RequireApiKeyOptions extends AuthKitHonoOptions {
  /**
   * Permission slugs (of an API key) or scopes (of an M2M token) the credential must all have;
   * a credential without them gets 403 `insufficient_scope`.
   */
  permissions?: readonly string[];
  /** Also accept machine-to-machine access tokens (`client_credentials`). Default `true`. */
  m2m?: boolean;
}

/** A JSON error answer of the API-key gate (never cached; RFC 6750 `WWW-Authenticate`). */
function refuse(status: 401 | 403 | 503, error: string, challenge?: string): Response {
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  if (challenge) headers.set('WWW-Authenticate', challenge);
  if (status === 503) headers.set('Retry-After', '1');
  return Response.json({ error }, { status, headers });
}

/**
 * Lets through only requests with a valid `Authorization: Bearer` credential: a WorkOS API key
 * (checked with WorkOS, answers cached briefly) or an M2M access token (verified locally). The
 * credential is on `c.var.apiKey`. Missing or invalid: 401 `{ error: 'unauthorized' }`; lacking
 * a required permission: 403 `{ error: 'insufficient_scope' }`; WorkOS unreachable: 503
 * `{ error: 'api_key_validation_failed' }`. Responses are `Cache-Control: private, no-store`
 * with `Vary: Authorization` unless the handler set its own `Cache-Control`.
 */
export function requireApiKey(options: RequireApiKeyOptions = {}): MiddlewareHandler<ApiKeyEnv> {
  const { permissions = [], m2m, ...authkitOptions } = options;
  return createMiddleware<ApiKeyEnv>(async (c, next) => {
    const { service } = getAuthKit(c, authkitOptions);
    let result: ApiKeyValidation;
    try {
      result = await service.validateApiKey(c.req.raw, m2m === undefined ? {} : { m2m });
    } catch (error) {
      if (error instanceof ApiKeyValidationError) {
        return refuse(503, 'api_key_validation_failed');
      }
      throw error;
    }
    if (!result.valid) {
      const challenge = result.reason === 'missing' ? 'Bearer' : 'Bearer error="invalid_token"';
      return refuse(401, 'unauthorized', challenge);
    }
    if (!permissions.every((p) => result.permissions.includes(p))) {
      return refuse(
        403,
        'insufficient_scope',
        `Bearer error="insufficient_scope", scope="${permissions.join(' ')}"`,
      );
    }
    c.set('apiKey', result);
    await next();
    keepPrivate(c);
  });
}

/** Marks the handler's answer as depending on the credential (copying immutable responses). */
function keepPrivate(c: Context): void {
  if (c.res.status < 200) return;
  const headers = new Headers(c.res.headers);
  headers.append('Vary', 'Authorization');
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store');
  const { status, statusText } = c.res;
  replaceResponse(c, new Response(c.res.body, { status, statusText, headers }));
}

/** The credential `requireApiKey()` accepted for this request. */
export function getApiKey(c: Context): ValidApiKey {
  return registered<ValidApiKey>(
    c,
    'apiKey',
    'getApiKey(c) found no API key: add requireApiKey() before this route.',
  );
}
