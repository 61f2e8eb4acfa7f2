import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

// The public surface: a change here is a visible diff. After an intended change, edit the lists
// (plain `toEqual`, since the runtime matrix runs this file on runtimes without snapshot support).
describe('package exports', () => {
  it('has the entry points, each reachable with moduleResolution node10 too', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './client', './testing', './package.json']);
    expect(manifest.types).toBe(manifest.exports['.'].types);
    for (const entry of Object.keys(manifest.exports)) {
      if (entry === '.' || entry === './package.json') continue;
      expect((manifest.typesVersions['*'] as Record<string, string[]>)[entry.slice(2)]).toEqual([
        (manifest.exports as Record<string, { types?: string }>)[entry]?.types,
      ]);
    }
  });

  it('"." exports', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual([
      'AUTHKIT_ERROR_CODES',
      'ApiKeyValidationError',
      'AuthCallbackError',
      'AuthKitCore',
      'AuthKitError',
      'AuthOperations',
      'AuthService',
      'CONFIG_DEFAULTS',
      'ConfigResolver',
      'ConfigurationError',
      'ConfigurationProvider',
      'CookieSessionStorage',
      'CrossOriginRequestError',
      'DEFAULT_MAX_PENDING_PKCE_COOKIES',
      'ENV_VARS',
      'FetchSessionStorage',
      'InvalidArgumentError',
      'IronSessionEncryption',
      'MAX_COOKIE_CHUNKS',
      'MAX_COOKIE_VALUE_LENGTH',
      'MAX_PENDING_PKCE_BYTES',
      'MissingAuthorizationCodeError',
      'NO_STORE',
      'NoSessionError',
      'OAuthStateMismatchError',
      'OrganizationSwitchError',
      'PKCECookieMissingError',
      'PKCEPayloadTooLargeError',
      'PKCE_COOKIE_MAX_AGE',
      'PKCE_COOKIE_PREFIX',
      'PRIVATE_NO_STORE',
      'REFRESH_REUSE_MS',
      'SessionEncryptionError',
      'SessionRefreshError',
      'SessionTooLargeError',
      'TokenRefreshError',
      'TokenValidationError',
      'TokenVerifier',
      'UsageError',
      'absoluteReturnTo',
      'appendHeaderBag',
      'applySetCookieLines',
      'assertRequestOrigin',
      'callbackErrorResponse',
      'checkRecentAuth',
      'checkRequestOrigin',
      'configure',
      'cookieHeaderOf',
      'cookieNamePrefix',
      'createAuthService',
      'createWorkOSClient',
      'crossOriginResponse',
      'decodeClaims',
      'defaultIssuers',
      'effectiveRefreshBuffer',
      'getConfig',
      'getConfigurationProvider',
      'getPKCECookieNameForState',
      'getWorkOS',
      'handleCallbackRequest',
      'isApiRequest',
      'isPKCEVerifierCookieName',
      'isTokenExpiring',
      'lazyFetchAuthService',
      'markSessionResponse',
      'matchesAny',
      'mergeHeaderBags',
      'parseCookieHeader',
      'parseSetCookieLine',
      'pathPattern',
      'processEnvSource',
      'readCookie',
      'redirectResponse',
      'resolveConfig',
      'sanitizeReturnPathname',
      'selectStalePKCEVerifierCookieNames',
      'serializeCookie',
      'sessionEncryption',
      'sessionFromAuth',
      'setCookieLines',
      'signInRedirect',
      'signInRedirectStatus',
      'signedOutResponse',
      'stepUpSignInOptions',
      'toClientAuth',
      'toClientToken',
      'validateConfig',
      'verifierCookieName',
      'withHeaderBag',
      'writeSetCookieLines',
    ]);
  });

  it('"." has every runtime export of the published 0.7.1 (drop-in)', async () => {
    const ours = await import('./index.js');
    const original = await import('authkit-session-original');
    const missing = Object.keys(original).filter((name) => !(name in ours));
    expect(missing).toEqual([]);
    for (const name of Object.keys(original)) {
      expect(typeof ours[name as keyof typeof ours], name).toBe(
        typeof original[name as keyof typeof original],
      );
    }
  });

  it('"./client" exports', async () => {
    expect(Object.keys(await import('./client/index.js')).sort()).toEqual([
      'AUTHKIT_ERROR_CODES',
      'ApiKeyValidationError',
      'AuthCallbackError',
      'AuthKitError',
      'CLIENT_REFRESH_BUFFER_SECONDS',
      'ConfigurationError',
      'CrossOriginRequestError',
      'InvalidArgumentError',
      'MissingAuthorizationCodeError',
      'NoSessionError',
      'OAuthStateMismatchError',
      'OrganizationSwitchError',
      'PKCECookieMissingError',
      'PKCEPayloadTooLargeError',
      'SAME_TOKEN_RETRY_MS',
      'SessionEncryptionError',
      'SessionRefreshError',
      'SessionTooLargeError',
      'TokenRefreshError',
      'TokenValidationError',
      'UsageError',
      'accessTokenRefreshAt',
      'accessTokenRefreshDelay',
      'createAccessTokenSource',
      'createAuthStore',
      'isAccessTokenDue',
      'readTokenTimes',
    ]);
  });

  it('"./testing" exports', async () => {
    expect(Object.keys(await import('./testing/index.js')).sort()).toEqual([
      'cookieHeaderFrom',
      'createTestSigningKey',
      'mintTestSession',
      'parseSetCookie',
      'setCookieLinesFrom',
      'signTestAccessToken',
    ]);
  });
});
