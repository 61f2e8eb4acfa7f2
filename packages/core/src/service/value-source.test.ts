import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { configure, getConfigurationProvider } from '../config/provider.js';
import { ConfigurationError } from '../errors.js';
import {
  type Emulator,
  noRetryClient,
  REDIRECT_URI,
  TEST_PASSWORD,
} from '../test-support/emulator-service.js';
import { FetchStorage, requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { AuthService } from './auth-service.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

const BOGUS_ENV = {
  WORKOS_CLIENT_ID: 'client_from_process_env',
  WORKOS_API_KEY: 'sk_from_process_env',
  WORKOS_API_HOSTNAME: '127.0.0.1',
  WORKOS_API_PORT: '9',
  WORKOS_API_HTTPS: 'false',
  WORKOS_REDIRECT_URI: 'http://wrong.example/callback',
  WORKOS_COOKIE_PASSWORD: 'v4Lr8Kq2Wn6Tz0Xb3Hc7Ym1Jd5Fs9PgQ2eR7uA',
  WORKOS_COOKIE_NAME: 'from-process-env',
};

afterEach(() => {
  for (const name of Object.keys(BOGUS_ENV)) delete process.env[name];
  getConfigurationProvider().reset();
});

/** A service whose `WORKOS_*` values come only from `bindings` (like Workers' `env`). */
function serviceOver(bindings: Record<string, string>, config = {}) {
  return new AuthService<Request, Response>({
    sessionStorageFactory: (resolved) => new FetchStorage(resolved),
    source: (name) => bindings[name],
    config,
    clientFactory: noRetryClient,
  });
}

const bindingsFor = (emulator: Emulator): Record<string, string> => ({
  ...emulator.env,
  WORKOS_REDIRECT_URI: REDIRECT_URI,
  WORKOS_COOKIE_PASSWORD: TEST_PASSWORD,
});

describe('createAuthService({ source })', () => {
  it('reads the source instead of process.env and signs in for real', async () => {
    Object.assign(process.env, BOGUS_ENV);
    const service = serviceOver(bindingsFor(emulator));
    expect(service.getConfig().clientId).toBe(emulator.clientId);
    expect(service.getConfig().cookieName).toBe('wos-session');
    const { cookieHeader, result } = await signIn(service);
    expect(result.auth.user.email).toBe('alice@example.com');
    const { auth } = await service.withAuth(requestWithCookies(REDIRECT_URI, cookieHeader));
    expect(auth.user?.email).toBe('alice@example.com');
  });

  it('beats per-service config and configure(); keys it lacks come from code, not process.env', () => {
    Object.assign(process.env, BOGUS_ENV);
    configure({ cookieSameSite: 'strict', cookieName: 'from-configure' });
    const service = serviceOver(
      { ...bindingsFor(emulator), WORKOS_COOKIE_NAME: 'from-source', WORKOS_COOKIE_DOMAIN: ' ' },
      { cookieName: 'from-code', cookieDomain: 'code.example.com', cookieMaxAge: 60 },
    );
    const config = service.getConfig();
    expect(config.cookieName).toBe('from-source');
    expect(config.cookieDomain).toBe('code.example.com');
    expect(config.cookieMaxAge).toBe(60);
    expect(config.cookieSameSite).toBe('strict');
  });

  it('validates source values like env values, naming the variables', () => {
    const service = serviceOver({
      ...bindingsFor(emulator),
      WORKOS_API_PORT: 'eighty',
      WORKOS_COOKIE_PASSWORD: 'short',
      WORKOS_CLIENT_ID: '',
    });
    let caught: unknown;
    try {
      service.getConfig();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const vars = (caught as ConfigurationError).problems.map((p) => p.envVar);
    expect(vars).toEqual(
      expect.arrayContaining(['WORKOS_API_PORT', 'WORKOS_COOKIE_PASSWORD', 'WORKOS_CLIENT_ID']),
    );
  });

  it('follows the source when its values change', () => {
    const bindings = bindingsFor(emulator);
    const service = serviceOver(bindings);
    const first = service.getConfig();
    bindings.WORKOS_COOKIE_NAME = 'renamed';
    expect(service.getConfig().cookieName).toBe('renamed');
    expect(service.getConfig()).not.toBe(first);
  });

  it('reads a frozen record source once, and a mutable one on every request', () => {
    const calls: string[] = [];
    const counting = (record: Record<string, string>) =>
      new Proxy(record, {
        get: (target, name) => {
          calls.push(String(name));
          return target[name as string];
        },
      });
    const mutable = new AuthService<Request, Response>({
      sessionStorageFactory: (resolved) => new FetchStorage(resolved),
      source: counting(bindingsFor(emulator)),
      clientFactory: noRetryClient,
    });
    const first = mutable.getConfig();
    const afterFirst = calls.length;
    expect(mutable.getConfig()).toBe(first);
    expect(calls.length).toBeGreaterThan(afterFirst);

    const fixed = new AuthService<Request, Response>({
      sessionStorageFactory: (resolved) => new FetchStorage(resolved),
      source: counting(Object.freeze(bindingsFor(emulator))),
      clientFactory: noRetryClient,
    });
    const config = fixed.getConfig();
    const afterFixed = calls.length;
    expect(fixed.getConfig()).toBe(config);
    expect(calls.length).toBe(afterFixed);
    // A frozen object with a getter is not final: it is still read on every request.
    let name = 'first-name';
    const withGetter = Object.freeze(
      Object.defineProperties(
        { ...bindingsFor(emulator) },
        { WORKOS_COOKIE_NAME: { get: () => name, enumerable: true } },
      ),
    );
    const live = new AuthService<Request, Response>({
      sessionStorageFactory: (resolved) => new FetchStorage(resolved),
      source: withGetter,
      clientFactory: noRetryClient,
    });
    expect(live.getConfig().cookieName).toBe('first-name');
    name = 'second-name';
    expect(live.getConfig().cookieName).toBe('second-name');
  });

  it('leaves services without a source on process.env', () => {
    Object.assign(process.env, BOGUS_ENV);
    const service = new AuthService<Request, Response>({
      sessionStorageFactory: (resolved) => new FetchStorage(resolved),
      config: { cookieName: 'from-code' },
    });
    expect(service.getConfig().clientId).toBe('client_from_process_env');
    expect(service.getConfig().cookieName).toBe('from-process-env');
  });
});
