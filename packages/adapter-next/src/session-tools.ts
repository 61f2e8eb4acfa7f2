import {
  type AccessTokenClaims,
  ApiKeyValidationError,
  checkRecentAuth as checkAuthAge,
  getWorkOS,
  type RecentAuthResult,
  type Session,
} from '@workos/authkit-session';
import { decodeClaims } from '@workos/authkit-session/adapter';
import type {
  AuthenticationResponse,
  FeatureFlagsRuntimeClient,
  RuntimeClientOptions,
  ValidateApiKeyResponse,
} from '@workos-inc/node';
import { headers } from 'next/headers';
import type { NextRequest } from 'next/server';
import { withAuth } from './auth.js';
import { currentRequest, writeCookies } from './request-scope.js';
import { getAuthService } from './service.js';

/**
 * Saves the session of a custom sign-in (the `AuthenticationResponse` of the SDK's
 * `authenticateWithPassword`, `authenticateWithMagicAuth`, `authenticateWithEmailVerification`,
 * …) as the session cookie, with the same attributes as the callback's. The access token is
 * verified first (`TokenValidationError` otherwise). Call it from a route handler or a server
 * action. `request` (a `NextRequest` or a URL) is accepted for compatibility; cookie attributes
 * come from the configuration.
 */
export async function saveSession(
  sessionOrResponse: Session | AuthenticationResponse,
  request?: NextRequest | string,
): Promise<void> {
  const source = typeof request === 'object' && request ? request : await currentRequest();
  const { headers: bag } = await getAuthService().saveSession(
    undefined,
    sessionOrResponse as AuthenticationResponse,
    { request: source },
  );
  await writeCookies(bag, 'saveSession()');
}

/**
 * The claims of an access token: of `accessToken` when given (decoded, NOT verified: only for
 * display), else of the current session's token (verified by `withAuth()`). `{}` when signed out.
 */
export async function getTokenClaims<T = Record<string, unknown>>(
  accessToken?: string,
): Promise<Partial<AccessTokenClaims & T>> {
  if (accessToken !== undefined)
    return (decodeClaims(accessToken) ?? {}) as Partial<AccessTokenClaims & T>;
  const auth = await withAuth();
  return (auth.user ? auth.claims : {}) as Partial<AccessTokenClaims & T>;
}

/**
 * How recently the current user actively authenticated (the token's `auth_time`): stale when
 * longer ago than `maxAge` seconds, without `auth_time`, or signed out. Data only, never redirects;
 * to re-authenticate, send the user to `getSignInUrl({ maxAge })`.
 */
export async function checkRecentAuth(options: { maxAge: number }): Promise<RecentAuthResult> {
  return checkAuthAge(await withAuth(), options);
}

/**
 * Validates the request's `Authorization: Bearer <API key>` with WorkOS: `{ apiKey }` for a valid
 * key, `{ apiKey: null }` for none, a malformed header or an unknown/revoked key. Throws
 * `ApiKeyValidationError` when WorkOS cannot be reached (answer 503, not 401).
 */
export async function validateApiKey(): Promise<ValidateApiKeyResponse> {
  const value = (await headers()).get('authorization')?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!value) return { apiKey: null };
  try {
    return await getWorkOS().apiKeys.createValidation({ value });
  } catch (cause) {
    const status = (cause as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) {
      return { apiKey: null };
    }
    throw new ApiKeyValidationError(
      'The API key could not be checked because WorkOS did not answer; answer 503 and let the client retry.',
      cause,
    );
  }
}

let runtimeClient: FeatureFlagsRuntimeClient | undefined;

/**
 * The process-wide WorkOS Feature Flags runtime client (it syncs flags in the background, so one
 * per server process). `options` apply when it is first created.
 */
export function getFeatureFlagsRuntimeClient(
  options?: RuntimeClientOptions,
): FeatureFlagsRuntimeClient {
  runtimeClient ??= getWorkOS().featureFlags.createRuntimeClient(options);
  return runtimeClient;
}
