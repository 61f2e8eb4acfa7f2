import type { ApiKey } from '@workos-inc/node';
import type { WorkOSRef } from '../client/workos-ref.js';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { ApiKeyValidationError } from '../errors.js';
import { TokenVerifier } from '../jwt/verifier.js';
import { ExpiringLruCache } from '../session/cache.js';

/**
 * Where `validateApiKey` finds the credential: a Fetch `Request`, its `Headers`, or the value of
 * the `Authorization` header itself (`null`/`undefined` when there is none).
 */
export type ApiKeyCredentialSource = Request | Headers | string | null | undefined;

/** The claims of a machine-to-machine access token (WorkOS `client_credentials`). */
export interface M2MAccessTokenClaims {
  iss: string;
  /** The M2M application's client id. */
  sub: string;
  exp: number;
  iat: number;
  jti?: string;
  /** The organization the application belongs to. */
  org_id?: string;
  /** Space-separated scopes granted to the token. */
  scope?: string;
  [claim: string]: unknown;
}

/** `validateApiKey`'s answer, discriminated on `valid` (then `kind`). */
export type ApiKeyValidation =
  /** A WorkOS API key, checked with WorkOS (`apiKeys.createValidation`). */
  | {
      valid: true;
      kind: 'api_key';
      apiKey: ApiKey;
      organizationId: string;
      /** The key's permission slugs. */
      permissions: string[];
    }
  /** A machine-to-machine access token, verified locally against the session tokens' key set. */
  | {
      valid: true;
      kind: 'm2m_token';
      apiKey: null;
      claims: M2MAccessTokenClaims;
      /** The M2M application's client id (`sub`). */
      clientId: string;
      organizationId: string | null;
      /** The token's scopes. */
      permissions: string[];
    }
  /** No `Authorization: Bearer` credential (`missing`), or one that is not valid (`invalid`). */
  | { valid: false; apiKey: null; reason: 'missing' | 'invalid' };

/** Options of `validateApiKey`. */
export interface ValidateApiKeyOptions {
  /** Also accept machine-to-machine access tokens (JWT-shaped credentials). Default `true`. */
  m2m?: boolean;
}

/** How long WorkOS's "valid" answer for an API key is reused (a revocation takes this long). */
export const API_KEY_CACHE_TTL_MS = 30_000;
/** How long WorkOS's "not a key" answer is reused (a new key may be refused this long). */
export const API_KEY_NEGATIVE_CACHE_TTL_MS = 10_000;
const POSITIVE_ENTRIES = 256;
const NEGATIVE_ENTRIES = 1024;
/** Longer credentials are refused without asking anyone (keys are ~50 chars, tokens ~1 KB). */
const MAX_CREDENTIAL_LENGTH = 4096;

const BEARER = /^Bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const M2M_CLAIMS = ['exp', 'iat', 'sub'] as const;

const MISSING: ApiKeyValidation = Object.freeze({ valid: false, apiKey: null, reason: 'missing' });
const INVALID: ApiKeyValidation = Object.freeze({ valid: false, apiKey: null, reason: 'invalid' });

/** The `Authorization` header of a source, or `null`. */
function authorizationOf(source: ApiKeyCredentialSource): string | null {
  if (source === null || source === undefined || typeof source === 'string') return source ?? null;
  const headers = typeof (source as Headers).get === 'function' ? (source as Headers) : null;
  return (headers ?? (source as Request).headers).get('authorization');
}

/** SHA-256 of the credential (hex): caches never hold a secret, and their keys stay small. */
async function digest(value: string): Promise<string> {
  const bytes = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)),
  );
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Checks `Authorization: Bearer` credentials of API clients: WorkOS API keys (asked to WorkOS,
 * answers cached briefly, valid and invalid alike, concurrent checks of one key joined) and M2M
 * access tokens (verified locally: RS256, issuer, lifetime, against the same JWKS as sessions).
 */
export class ApiKeyValidator {
  private readonly valid = new ExpiringLruCache<ApiKey>(POSITIVE_ENTRIES);
  private readonly invalid = new ExpiringLruCache<true>(NEGATIVE_ENTRIES);
  private readonly inflight = new Map<string, Promise<ApiKey | null>>();
  private readonly m2mVerifier: TokenVerifier;

  constructor(
    private readonly workos: WorkOSRef,
    config: ResolvedAuthKitConfig,
  ) {
    this.m2mVerifier = new TokenVerifier({
      jwksUrl: workos.jwksUrl(),
      issuer: config.issuer,
      clockToleranceSeconds: config.clockToleranceSeconds,
      requiredClaims: M2M_CLAIMS,
    });
  }

  /** See `AuthService.validateApiKey`. */
  async validate(
    source: ApiKeyCredentialSource,
    options: ValidateApiKeyOptions = {},
  ): Promise<ApiKeyValidation> {
    const header = authorizationOf(source);
    if (header === null || header.trim() === '') return MISSING;
    const value = header.length <= MAX_CREDENTIAL_LENGTH ? BEARER.exec(header)?.[1] : undefined;
    if (!value) return INVALID;
    if (JWT_SHAPE.test(value)) return options.m2m === false ? INVALID : this.verifyM2M(value);
    const apiKey = await this.lookUp(value);
    if (!apiKey) return INVALID;
    const owner = apiKey.owner;
    return {
      valid: true,
      kind: 'api_key',
      apiKey,
      organizationId: owner.type === 'user' ? owner.organizationId : owner.id,
      permissions: [...apiKey.permissions],
    };
  }

  private async lookUp(value: string): Promise<ApiKey | null> {
    const key = await digest(value);
    const cached = this.valid.get(key);
    if (cached) return cached;
    if (this.invalid.get(key)) return null;
    let running = this.inflight.get(key);
    if (!running) {
      running = this.ask(key, value).finally(() => this.inflight.delete(key));
      this.inflight.set(key, running);
    }
    return running;
  }

  private async ask(key: string, value: string): Promise<ApiKey | null> {
    let apiKey: ApiKey | null;
    try {
      const client = await this.workos.load();
      ({ apiKey } = await client.apiKeys.createValidation({ value }));
    } catch (error) {
      if (statusOf(error) !== 422) {
        throw new ApiKeyValidationError(
          'WorkOS could not check the API key (network, timeout or an error answer). Answer 503 and let the client retry.',
          error,
        );
      }
      apiKey = null;
    }
    const now = Date.now();
    if (apiKey) this.valid.set(key, apiKey, now + API_KEY_CACHE_TTL_MS, now);
    else this.invalid.set(key, true, now + API_KEY_NEGATIVE_CACHE_TTL_MS, now);
    return apiKey;
  }

  private async verifyM2M(token: string): Promise<ApiKeyValidation> {
    const outcome = await this.m2mVerifier.verify(token);
    if (outcome.status === 'unavailable') {
      throw new ApiKeyValidationError(
        "WorkOS's signing keys (JWKS) could not be fetched to verify the access token. Answer 503 and let the client retry.",
        outcome.error,
      );
    }
    if (outcome.status !== 'valid') return INVALID;
    const claims = outcome.claims as unknown as M2MAccessTokenClaims;
    // A user's session token (it has a session id) is not a machine credential.
    if ('sid' in claims) return INVALID;
    return {
      valid: true,
      kind: 'm2m_token',
      apiKey: null,
      claims,
      clientId: claims.sub,
      organizationId: typeof claims.org_id === 'string' ? claims.org_id : null,
      permissions: typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [],
    };
  }
}
