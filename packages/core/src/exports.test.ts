import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };

// The public surface: a change here is a visible diff. After an intended change, edit the lists
// (plain `toEqual`, since the runtime matrix runs this file on runtimes without snapshot support).
describe('package exports', () => {
  it('has the entry points, each reachable with moduleResolution node10 too', () => {
    expect(Object.keys(manifest.exports)).toEqual([
      '.',
      './adapter',
      './client',
      './testing',
      './package.json',
    ]);
    expect(manifest.types).toBe(manifest.exports['.'].types);
    for (const entry of Object.keys(manifest.exports)) {
      if (entry === '.' || entry === './package.json') continue;
      expect((manifest.typesVersions['*'] as Record<string, string[]>)[entry.slice(2)]).toEqual([
        (manifest.exports as Record<string, { types?: string }>)[entry]?.types,
      ]);
    }
  });

  it('"." exports: the surface of 0.7.1 plus the documented additions, nothing else', async () => {
    const names = Object.keys(await import('./index.js')).sort();
    expect(names).toEqual([
      'API_KEY_CACHE_TTL_MS',
      'API_KEY_NEGATIVE_CACHE_TTL_MS',
      'AUTHKIT_ERROR_CODES',
      'ApiKeyValidationError',
      'AuthCallbackError',
      'AuthKitCore',
      'AuthKitError',
      'AuthOperations',
      'AuthService',
      'CallbackError',
      'ConfigurationError',
      'ConfigurationProvider',
      'CookieSessionStorage',
      'CrossOriginRequestError',
      'DEFAULT_MAX_PENDING_PKCE_COOKIES',
      'InvalidArgumentError',
      'MissingAuthorizationCodeError',
      'NoSessionError',
      'OAuthStateMismatchError',
      'OrganizationSwitchError',
      'PKCECookieMissingError',
      'PKCEPayloadTooLargeError',
      'PKCE_COOKIE_PREFIX',
      'SessionEncryptionError',
      'SessionRefreshError',
      'SessionTooLargeError',
      'TokenRefreshError',
      'TokenValidationError',
      'UsageError',
      'checkRecentAuth',
      'configure',
      'createAuthService',
      'getConfig',
      'getConfigurationProvider',
      'getPKCECookieNameForState',
      'getWorkOS',
      'isPKCEVerifierCookieName',
      'selectStalePKCEVerifierCookieNames',
      'sessionEncryption',
      'sessionFromAuth',
      'stepUpSignInOptions',
      'validateConfig',
    ]);
    // What the main entry adds to 0.7.1: the error classes and codes, and the README's helpers.
    const original = Object.keys(await import('authkit-session-original'));
    const additions = names.filter((name) => !original.includes(name));
    const errors = Object.keys(await import('./errors.js'));
    expect(additions.filter((name) => !errors.includes(name))).toEqual([
      'API_KEY_CACHE_TTL_MS',
      'API_KEY_NEGATIVE_CACHE_TTL_MS',
      'checkRecentAuth',
      'sessionFromAuth',
      'stepUpSignInOptions',
    ]);
  });

  it('"./adapter" exports: the adapter kit, none of it on the main entry', async () => {
    const names = Object.keys(await import('./adapter-kit/index.js')).sort();
    expect(names).toEqual([
      'ENV_VARS',
      'FetchSessionStorage',
      'NO_STORE',
      'PRIVATE_NO_STORE',
      'absoluteReturnTo',
      'appendHeaderBag',
      'applySetCookieLines',
      'assertRequestOrigin',
      'callbackErrorResponse',
      'checkRequestOrigin',
      'cookieHeaderOf',
      'createWorkOSClient',
      'crossOriginResponse',
      'decodeClaims',
      'handleCallbackRequest',
      'isApiRequest',
      'isTokenExpiring',
      'lazyFetchAuthService',
      'markSessionResponse',
      'matchesAny',
      'mergeHeaderBags',
      'parseCookieHeader',
      'parseSetCookieLine',
      'pathPattern',
      'readCookie',
      'redirectResponse',
      'resolveConfig',
      'sanitizeReturnPathname',
      'serializeCookie',
      'setCookieLines',
      'signInRedirect',
      'signInRedirectStatus',
      'signedOutResponse',
      'toClientAuth',
      'toClientToken',
      'withHeaderBag',
      'writeSetCookieLines',
    ]);
    const main = Object.keys(await import('./index.js'));
    expect(names.filter((name) => main.includes(name))).toEqual([]);
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
      'CallbackError',
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
