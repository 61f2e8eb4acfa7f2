import { describe, expect, it } from 'vitest';
import type { ConfigurationError } from '../errors.js';
import { completeConfig, configProblems, envOf } from '../test-support/config.js';
import { defaultIssuers, resolveConfig } from './resolve.js';

const PASSWORD = 'k7Qp2vX9mL4rT8wZ1nB6cF3hJ5sD0gYe';
const complete = completeConfig(PASSWORD);
const noEnv = envOf();

describe('resolveConfig', () => {
  it('applies the defaults', () => {
    const config = resolveConfig(complete, noEnv);
    expect(config).toMatchObject({
      cookieName: 'wos-session',
      cookieMaxAge: 60 * 60 * 24 * 400,
      cookieSameSite: 'lax',
      apiHostname: 'api.workos.com',
      apiHttps: true,
      apiBaseUrl: 'https://api.workos.com',
      clockToleranceSeconds: 5,
      refreshBufferSeconds: 30,
      sessionCacheSize: 1000,
      cookiePasswords: [PASSWORD],
      cookiePassword: PASSWORD,
    });
    expect(config.issuer).toEqual([
      'https://api.workos.com/user_management/client_code',
      'https://api.workos.com',
    ]);
  });

  it('lets env win over code, and treats empty env values as unset', () => {
    const config = resolveConfig(
      complete,
      envOf({ WORKOS_CLIENT_ID: 'client_env', WORKOS_API_KEY: '', WORKOS_COOKIE_NAME: '   ' }),
    );
    expect(config.clientId).toBe('client_env');
    expect(config.apiKey).toBe('sk_code');
    expect(config.cookieName).toBe('wos-session');
  });

  it('reads every documented env var', () => {
    const config = resolveConfig(
      {},
      envOf({
        WORKOS_CLIENT_ID: 'client_env',
        WORKOS_API_KEY: 'sk_env',
        WORKOS_REDIRECT_URI: 'http://localhost:3000/callback',
        WORKOS_COOKIE_PASSWORD: `${'N3w-r0tated-Pa55word-a8f7e6d5c4b3a291'}, ${PASSWORD}`,
        WORKOS_COOKIE_NAME: '__Host-session',
        WORKOS_COOKIE_MAX_AGE: '3600',
        WORKOS_COOKIE_SAME_SITE: 'Strict',
        WORKOS_API_HOSTNAME: '127.0.0.1',
        WORKOS_API_PORT: '4400',
        WORKOS_API_HTTPS: 'false',
        WORKOS_ISSUER: 'http://a, http://b',
        WORKOS_REFRESH_BUFFER_SECONDS: '10',
        WORKOS_SESSION_CACHE_SIZE: '0',
      }),
    );
    expect(config).toMatchObject({
      clientId: 'client_env',
      apiKey: 'sk_env',
      redirectUri: 'http://localhost:3000/callback',
      cookiePasswords: ['N3w-r0tated-Pa55word-a8f7e6d5c4b3a291', PASSWORD],
      cookiePassword: 'N3w-r0tated-Pa55word-a8f7e6d5c4b3a291',
      cookieName: '__Host-session',
      cookieMaxAge: 3600,
      cookieSameSite: 'strict',
      apiHostname: '127.0.0.1',
      apiPort: 4400,
      apiHttps: false,
      apiBaseUrl: 'http://127.0.0.1:4400',
      issuer: ['http://a', 'http://b'],
      refreshBufferSeconds: 10,
      sessionCacheSize: 0,
    });
  });

  it('reports every problem at once, naming the env var to set', () => {
    const problems = configProblems(() => resolveConfig({}, noEnv));
    expect(problems.map((p) => p.envVar)).toEqual([
      'WORKOS_CLIENT_ID',
      'WORKOS_API_KEY',
      'WORKOS_REDIRECT_URI',
      'WORKOS_COOKIE_PASSWORD',
    ]);
    try {
      resolveConfig({}, noEnv);
    } catch (error) {
      const message = (error as Error).message;
      for (const name of [
        'WORKOS_CLIENT_ID',
        'WORKOS_API_KEY',
        'WORKOS_REDIRECT_URI',
        'WORKOS_COOKIE_PASSWORD',
      ]) {
        expect(message).toContain(name);
      }
      expect((error as ConfigurationError).code).toBe('configuration_error');
    }
  });

  it('rejects short passwords (each rotation entry), bad SameSite and bad numbers', () => {
    const problems = configProblems(() =>
      resolveConfig(
        { ...complete, cookiePassword: [PASSWORD, 'short'] },
        envOf({
          WORKOS_COOKIE_SAME_SITE: 'sometimes',
          WORKOS_COOKIE_MAX_AGE: 'soon',
          WORKOS_API_PORT: '70000',
          WORKOS_API_HTTPS: 'maybe',
          WORKOS_SESSION_CACHE_SIZE: '-1',
          WORKOS_REFRESH_BUFFER_SECONDS: 'NaN',
        }),
      ),
    );
    expect(problems.map((p) => p.envVar).sort()).toEqual(
      [
        'WORKOS_COOKIE_PASSWORD',
        'WORKOS_COOKIE_SAME_SITE',
        'WORKOS_COOKIE_MAX_AGE',
        'WORKOS_API_PORT',
        'WORKOS_API_HTTPS',
        'WORKOS_SESSION_CACHE_SIZE',
        'WORKOS_REFRESH_BUFFER_SECONDS',
      ].sort(),
    );
    expect(problems.find((p) => p.envVar === 'WORKOS_COOKIE_PASSWORD')?.message).toContain(
      'password #2',
    );
  });

  it('rejects SameSite=none without Secure and __Host- cookies with a Domain', () => {
    const problems = configProblems(() =>
      resolveConfig(
        {
          ...complete,
          redirectUri: 'http://localhost:3000/callback',
          cookieSameSite: 'none',
          cookieName: '__Host-wos',
          cookieDomain: 'example.com',
        },
        noEnv,
      ),
    );
    expect(problems.map((p) => p.envVar)).toEqual([
      'WORKOS_COOKIE_SAME_SITE',
      'WORKOS_COOKIE_DOMAIN',
    ]);
  });

  it('rejects a host name with a scheme and a relative redirect URI', () => {
    const problems = configProblems(() =>
      resolveConfig(
        { ...complete, apiHostname: 'https://api.workos.com', redirectUri: '/callback' },
        noEnv,
      ),
    );
    expect(problems.map((p) => p.envVar).sort()).toEqual([
      'WORKOS_API_HOSTNAME',
      'WORKOS_REDIRECT_URI',
    ]);
  });

  it('derives default issuers from the API base URL', () => {
    expect(defaultIssuers('http://127.0.0.1:4400', 'client_x')).toEqual([
      'http://127.0.0.1:4400/user_management/client_x',
      'http://127.0.0.1:4400',
      'https://api.workos.com/user_management/client_x',
      'https://api.workos.com',
    ]);
  });
});

describe('refreshCooldownSeconds', () => {
  const required = {
    clientId: 'client_x',
    apiKey: 'sk_x',
    redirectUri: 'https://app.example.com/callback',
    cookiePassword: PASSWORD,
  };
  it('defaults to 5, reads WORKOS_REFRESH_COOLDOWN_SECONDS, and rejects out-of-range values', () => {
    expect(resolveConfig(required, () => undefined).refreshCooldownSeconds).toBe(5);
    const env = (value: string) => (name: string) =>
      name === 'WORKOS_REFRESH_COOLDOWN_SECONDS' ? value : undefined;
    expect(resolveConfig(required, env('0')).refreshCooldownSeconds).toBe(0);
    expect(resolveConfig(required, env('2.5')).refreshCooldownSeconds).toBe(2.5);
    expect(() => resolveConfig(required, env('120'))).toThrow(/WORKOS_REFRESH_COOLDOWN_SECONDS/);
  });
});
