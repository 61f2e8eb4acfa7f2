// biome-ignore lint/style/noRestrictedImports: the test reads the docs and the source tree from disk
import { readdirSync, readFileSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: the test reads the docs and the source tree from disk
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as client from './client/index.js';
import * as errors from './errors.js';
import { AUTHKIT_ERROR_CODES, AuthKitError, type AuthKitErrorCode } from './errors.js';
import * as root from './index.js';

// `import.meta.url` (not `dirname`): the runtime matrix's bundles keep this file's own URL.
const repo = new URL('../../../', import.meta.url).pathname;

/** One instance of every error class, built the way the toolkit builds it. */
const samples: AuthKitError[] = [
  new errors.AuthKitError('base'),
  new errors.ConfigurationError([{ key: 'clientId', envVar: 'WORKOS_CLIENT_ID', message: 'x' }]),
  new errors.SessionEncryptionError('x'),
  new errors.TokenValidationError('x'),
  new errors.OAuthStateMismatchError(),
  new errors.PKCECookieMissingError(),
  new errors.PKCEPayloadTooLargeError('x'),
  new errors.MissingAuthorizationCodeError(),
  new errors.AuthCallbackError('x'),
  new errors.SessionRefreshError('x', { terminal: true }),
  new errors.NoSessionError(),
  new errors.OrganizationSwitchError('x'),
  new errors.InvalidArgumentError('x'),
  new errors.CrossOriginRequestError(),
  new errors.ApiKeyValidationError('x'),
  new errors.SessionTooLargeError('x'),
  new errors.UsageError('x', 'middleware_not_registered'),
  new errors.UsageError('x', 'provider_not_mounted'),
  new errors.UsageError('x', 'cookies_read_only'),
  new errors.UsageError('x', 'sdk_not_loaded'),
];

/** A `switch` over the closed union: it only compiles while every code has a case. */
function describeCode(code: AuthKitErrorCode): string {
  switch (code) {
    case 'api_key_validation_failed':
    case 'auth_callback_failed':
    case 'authkit_error':
    case 'configuration_error':
    case 'cookies_read_only':
    case 'cross_origin_request':
    case 'invalid_argument':
    case 'middleware_not_registered':
    case 'missing_authorization_code':
    case 'no_session':
    case 'oauth_state_mismatch':
    case 'organization_switch_failed':
    case 'pkce_cookie_missing':
    case 'pkce_payload_too_large':
    case 'provider_not_mounted':
    case 'sdk_not_loaded':
    case 'session_encryption_failed':
    case 'session_refresh_failed':
    case 'session_too_large':
    case 'token_invalid':
      return code;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

describe('error codes', () => {
  it('every error class carries a code of the closed union, and every code is used', () => {
    const classes = Object.values(errors).filter(
      (value): value is typeof AuthKitError =>
        typeof value === 'function' &&
        (value === AuthKitError || value.prototype instanceof AuthKitError),
    );
    for (const Class of classes) expect(samples.some((e) => e.constructor === Class)).toBe(true);
    for (const error of samples) {
      expect(error).toBeInstanceOf(AuthKitError);
      expect(AUTHKIT_ERROR_CODES).toContain(error.code);
      expect(error.name).toBe(error.constructor.name);
    }
    expect(new Set(samples.map((e) => e.code))).toEqual(new Set(AUTHKIT_ERROR_CODES));
    expect(AUTHKIT_ERROR_CODES.map(describeCode)).toEqual([...AUTHKIT_ERROR_CODES].sort());
  });

  it('narrows code per class', () => {
    expectTypeOf(new errors.NoSessionError().code).toEqualTypeOf<'no_session'>();
    expectTypeOf(new errors.UsageError('x', 'cookies_read_only').code).toEqualTypeOf<
      'middleware_not_registered' | 'provider_not_mounted' | 'cookies_read_only' | 'sdk_not_loaded'
    >();
    expectTypeOf<AuthKitError['code']>().toEqualTypeOf<AuthKitErrorCode>();
  });

  it('exports the same classes from the root and the client entry', () => {
    for (const [name, value] of Object.entries(errors)) {
      expect((root as Record<string, unknown>)[name]).toBe(value);
      expect((client as Record<string, unknown>)[name]).toBe(value);
    }
  });

  it('docs/contracts.md lists every code', () => {
    const contracts = readFileSync(join(repo, 'docs/contracts.md'), 'utf8');
    for (const code of AUTHKIT_ERROR_CODES) expect(contracts, code).toContain(`\`${code}\``);
  });
});

describe('what the toolkit throws', () => {
  /** Source files (not tests) of the core, the React layer and the adapters. */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .filter((entry) => !/\.(test|spec)\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !path.includes('test-support'));
  }

  it('is never a bare Error, TypeError or RangeError', () => {
    const packages = readdirSync(join(repo, 'packages')).filter(
      (name) => name === 'core' || name === 'react' || name.startsWith('adapter-'),
    );
    const offenders: string[] = [];
    for (const name of packages) {
      for (const file of sources(join(repo, 'packages', name, 'src'))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/throw new (Error|TypeError|RangeError)\(/g)) {
          offenders.push(`${file.slice(repo.length + 1)}: ${match[0]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
