import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
// Every type name of `@workos-inc/authkit-nextjs` 4.3's "." entry that this package offers: a
// missing one fails the typecheck. (Not offered, see docs/migrating-from-authkit-nextjs.md:
// `State`, `GetAuthURLResult` — the original's internal sealed-state format.)
import type {
  AccessToken,
  AuthkitHeadersResult,
  AuthkitMiddlewareAuth,
  AuthkitMiddlewareOptions,
  AuthkitOptions,
  AuthkitRedirectStatus,
  AuthkitRequestHeader,
  AuthkitResponse,
  CallbackErrorCode,
  CallbackErrorContext,
  CookieOptions,
  GetAuthURLOptions,
  HandleAuthkitHeadersOptions,
  HandleAuthOptions,
  HandleAuthSuccessData,
  Impersonator,
  NoUserInfo,
  Session,
  SwitchToOrganizationOptions,
  UserInfo,
} from './index.js';

export type OriginalTypeNames = [
  AccessToken,
  AuthkitHeadersResult,
  AuthkitMiddlewareAuth,
  AuthkitMiddlewareOptions,
  AuthkitOptions,
  AuthkitRedirectStatus,
  AuthkitRequestHeader,
  AuthkitResponse,
  CallbackErrorCode,
  CallbackErrorContext,
  CookieOptions,
  GetAuthURLOptions,
  HandleAuthkitHeadersOptions,
  HandleAuthOptions,
  HandleAuthSuccessData,
  Impersonator,
  NoUserInfo,
  Session,
  SwitchToOrganizationOptions,
  UserInfo,
];

/** The runtime exports of `@workos-inc/authkit-nextjs` 4.3's "." entry (from its .d.ts), but `StateSchema`. */
const ORIGINAL_RUNTIME_EXPORTS = {
  AUTHKIT_REQUEST_HEADERS: 'object',
  AuthKitError: 'function',
  CallbackError: 'object', // a matcher here (`instanceof` works; not constructible), a class there
  TokenRefreshError: 'function',
  applyResponseHeaders: 'function',
  authkit: 'function',
  authkitMiddleware: 'function',
  authkitProxy: 'function',
  checkRecentAuth: 'function',
  getFeatureFlagsRuntimeClient: 'function',
  getSignInUrl: 'function',
  getSignUpUrl: 'function',
  getTokenClaims: 'function',
  getWorkOS: 'function',
  handleAuth: 'function',
  handleAuthkitHeaders: 'function',
  handleAuthkitProxy: 'function',
  isAuthkitRequestHeader: 'function',
  partitionAuthkitHeaders: 'function',
  refreshSession: 'function',
  saveSession: 'function',
  signOut: 'function',
  switchToOrganization: 'function',
  validateApiKey: 'function',
  withAuth: 'function',
} as const;

// The public surface: a change here is a visible diff; edit the list after an intended change.
describe('package exports', () => {
  it('has the entry points', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './client', './package.json']);
  });

  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'AUTHKIT_REQUEST_HEADERS',
      'AuthKitError',
      'CallbackError',
      'NoSessionError',
      'OrganizationSwitchError',
      'TokenRefreshError',
      'applyResponseHeaders',
      'authkit',
      'authkitMiddleware',
      'authkitProxy',
      'checkRecentAuth',
      'configure',
      'getAuthService',
      'getFeatureFlagsRuntimeClient',
      'getSignInUrl',
      'getSignOutUrl',
      'getSignUpUrl',
      'getTokenClaims',
      'getWorkOS',
      'handleAuth',
      'handleAuthkitHeaders',
      'handleAuthkitProxy',
      'isAuthkitRequestHeader',
      'partitionAuthkitHeaders',
      'refreshSession',
      'saveSession',
      'signOut',
      'switchToOrganization',
      'toClientAuth',
      'toClientToken',
      'validateApiKey',
      'validateConfig',
      'withAuth',
    ]);
  });

  it('offers every runtime export of @workos-inc/authkit-nextjs 4.3 under the same name', async () => {
    const ours = (await import('./index.js')) as Record<string, unknown>;
    const kinds = Object.fromEntries(
      Object.keys(ORIGINAL_RUNTIME_EXPORTS).map((name) => [name, typeof ours[name]]),
    );
    expect(kinds).toEqual(ORIGINAL_RUNTIME_EXPORTS);
    expect(ours.AUTHKIT_REQUEST_HEADERS).toEqual([
      'x-workos-middleware',
      'x-url',
      'x-redirect-uri',
      'x-sign-up-paths',
      'x-workos-session',
    ]);
  });
});
