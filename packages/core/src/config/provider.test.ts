import { afterEach, describe, expect, it, vi } from 'vitest';
import { getWorkOS } from '../client/workos.js';
import { ConfigurationError } from '../errors.js';
import {
  configure,
  ENV_RECHECK_MS,
  getConfig,
  getConfigurationProvider,
  validateConfig,
} from './provider.js';

const PASSWORD = 'p9Hs2kLq8vR4tN7wX1cB5mF3jD6gZ0aE';
const base = {
  clientId: 'client_global',
  apiKey: 'sk_global',
  redirectUri: 'https://app.example.com/callback',
  cookiePassword: PASSWORD,
};

afterEach(() => getConfigurationProvider().reset());

describe('configure()', () => {
  it('accepts an object, a value source, or both', () => {
    configure(base);
    expect(getConfigurationProvider().getConfig().clientId).toBe('client_global');

    configure((name) => (name === 'WORKOS_CLIENT_ID' ? 'client_source' : undefined));
    expect(getConfigurationProvider().getConfig().clientId).toBe('client_source');

    configure({ apiKey: 'sk_new' }, (name) =>
      name === 'WORKOS_COOKIE_NAME' ? 'custom' : undefined,
    );
    const config = getConfigurationProvider().getConfig();
    expect(config.apiKey).toBe('sk_new');
    expect(config.cookieName).toBe('custom');
    expect(config.clientId).toBe('client_global');
  });

  it('returns the same resolved object until something changes', () => {
    configure(base);
    const first = getConfigurationProvider().getConfig();
    expect(getConfigurationProvider().getConfig()).toBe(first);
    configure({ cookieName: 'other' });
    expect(getConfigurationProvider().getConfig()).not.toBe(first);
  });

  it('throws ConfigurationError on first use when incomplete', () => {
    configure(() => undefined);
    expect(() => getConfigurationProvider().getConfig()).toThrow(ConfigurationError);
    expect(() => getWorkOS()).toThrow(ConfigurationError);
  });
});

describe('getWorkOS()', () => {
  it('passes WORKOS_API_HOSTNAME / PORT / HTTPS to the client and builds one per config', () => {
    configure(
      base,
      (name) =>
        ({ WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: '4555', WORKOS_API_HTTPS: 'false' })[
          name
        ],
    );
    const client = getWorkOS();
    expect(client.baseURL).toBe('http://127.0.0.1:4555');
    expect(client.userManagement.getJwksUrl('client_global')).toBe(
      'http://127.0.0.1:4555/sso/jwks/client_global',
    );
    expect(getWorkOS()).toBe(client);
    configure({ apiKey: 'sk_other' });
    expect(getWorkOS()).not.toBe(client);
  });

  it('defaults to https://api.workos.com', () => {
    configure(base, () => undefined);
    expect(getWorkOS().baseURL).toBe('https://api.workos.com');
  });
});

describe('0.7.x call shapes', () => {
  it('getConfig(key) and getValue(key) return that one value, never the whole config', () => {
    configure(base);
    const provider = getConfigurationProvider();
    expect(getConfig('redirectUri')).toBe('https://app.example.com/callback');
    expect(provider.getConfig('redirectUri')).toBe('https://app.example.com/callback');
    expect(provider.getValue('cookieName')).toBe('wos-session');
    expect(provider.getValue('cookieMaxAge')).toBe(60 * 60 * 24 * 400);
    expect(getConfig().clientId).toBe('client_global');
  });

  it('validate() and validateConfig() throw ConfigurationError when incomplete', () => {
    configure({ clientId: 'client_only' }, () => undefined);
    expect(() => getConfigurationProvider().validate()).toThrow(ConfigurationError);
    expect(() => validateConfig()).toThrow(ConfigurationError);
    configure(base);
    expect(() => getConfigurationProvider().validate()).not.toThrow();
  });

  it('takes an object of env values as the value source (configure(config, process.env))', () => {
    configure({}, { WORKOS_CLIENT_ID: 'client_env_object', WORKOS_API_PORT: 8080 });
    configure({ apiKey: 'sk', redirectUri: base.redirectUri, cookiePassword: PASSWORD });
    expect(getConfig('clientId')).toBe('client_env_object');
    expect(getConfig('apiPort')).toBe(8080);
    getConfigurationProvider().setValueSource({ WORKOS_CLIENT_ID: 'client_set' });
    expect(getConfig('clientId')).toBe('client_set');
  });
});

describe('process.env re-reads', () => {
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.WORKOS_COOKIE_NAME;
  });

  it('compares process.env again at most once every ENV_RECHECK_MS; configure() applies at once', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    configure(base);
    process.env.WORKOS_COOKIE_NAME = 'from-env-a';
    const provider = getConfigurationProvider();
    expect(provider.getConfig().cookieName).toBe('from-env-a');

    process.env.WORKOS_COOKIE_NAME = 'from-env-b';
    vi.advanceTimersByTime(ENV_RECHECK_MS - 1);
    expect(provider.getConfig().cookieName).toBe('from-env-a');
    vi.advanceTimersByTime(1);
    expect(provider.getConfig().cookieName).toBe('from-env-b');

    // configure() replaces the programmatic config object, which is compared on every call.
    configure({ cookieMaxAge: 60 });
    expect(provider.getConfig().cookieMaxAge).toBe(60);
  });

  it('reads a function source on every call', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    let name = 'fn-a';
    configure(base, (envName) => (envName === 'WORKOS_COOKIE_NAME' ? name : undefined));
    expect(getConfig().cookieName).toBe('fn-a');
    name = 'fn-b';
    expect(getConfig().cookieName).toBe('fn-b');
  });
});
