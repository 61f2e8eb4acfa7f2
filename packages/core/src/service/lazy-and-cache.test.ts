import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type JwksServer, startJwksServer } from '../../test-support/jwks-server.js';
import { configure, getConfigurationProvider } from '../config/provider.js';
import { type SessionEncryption, sessionEncryption } from '../crypto/session-encryption.js';
import { ConfigurationError } from '../errors.js';
import { TEST_PASSWORD } from '../test-support/emulator-service.js';
import { FetchStorage, requestWithCookies } from '../test-support/fetch-storage.js';
import {
  createTestSigningKey,
  mintTestSession,
  parseSetCookie,
  signTestAccessToken,
} from '../testing/index.js';
import { createAuthService } from './auth-service.js';

let jwks: JwksServer;
let key: Awaited<ReturnType<typeof createTestSigningKey>>;
let issuer: string;

function appConfig() {
  const url = new URL(jwks.origin);
  return {
    clientId: 'client_lazy',
    apiKey: 'sk_lazy',
    redirectUri: 'http://localhost:3000/callback',
    cookiePassword: TEST_PASSWORD,
    apiHostname: url.hostname,
    apiPort: Number(url.port),
    apiHttps: false,
  };
}

function countingEncryption() {
  const counter = { unseals: 0 };
  const encryption: SessionEncryption = {
    sealData: (data, options) => sessionEncryption.sealData(data, options),
    unsealData: (sealed, options) => {
      counter.unseals++;
      return sessionEncryption.unsealData(sealed, options);
    },
  };
  return { counter, encryption };
}

beforeAll(async () => {
  key = await createTestSigningKey('lazy-kid');
  jwks = await startJwksServer(key.jwks, 'client_lazy');
  issuer = `${jwks.origin}/user_management/client_lazy`;
});
afterAll(() => jwks.stop());
afterEach(() => getConfigurationProvider().reset());

const mint = (extra: Parameters<typeof mintTestSession>[0] | object = {}) =>
  mintTestSession({ signingKey: key, issuer, cookiePassword: TEST_PASSWORD, ...extra });

describe('createAuthService', () => {
  it('reads no configuration until first use, so configure() may come after creation', async () => {
    configure(() => undefined);
    const service = createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
    });
    const minted = await mint();
    const request = () => requestWithCookies('http://localhost:3000/', minted.cookieHeader);
    await expect(service.withAuth(request())).rejects.toBeInstanceOf(ConfigurationError);
    configure(appConfig());
    expect((await service.withAuth(request())).auth.user?.id).toBe(minted.session.user.id);
  });

  it('is a real AuthService instance with every method', () => {
    const service = createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
    });
    for (const method of [
      'withAuth',
      'handleCallback',
      'getSession',
      'saveSession',
      'clearSession',
      'signOut',
      'refreshSession',
      'switchOrganization',
      'createAuthorization',
      'createSignIn',
      'createSignUp',
      'clearPendingVerifier',
    ] as const) {
      expect(typeof service[method]).toBe('function');
    }
  });
});

describe('verified-session cache', () => {
  it('skips unsealing and verification for a repeat cookie', async () => {
    const { counter, encryption } = countingEncryption();
    const service = createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
      config: appConfig(),
      encryption,
    });
    const minted = await mint();
    for (let i = 0; i < 5; i++) {
      const { auth } = await service.withAuth(requestWithCookies('http://x/', minted.cookieHeader));
      expect(auth.user).not.toBeNull();
    }
    expect(counter.unseals).toBe(1);
  });

  it('can be disabled with sessionCacheSize 0', async () => {
    const { counter, encryption } = countingEncryption();
    const service = createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
      config: { ...appConfig(), sessionCacheSize: 0 },
      encryption,
    });
    const minted = await mint();
    for (let i = 0; i < 3; i++)
      await service.withAuth(requestWithCookies('http://x/', minted.cookieHeader));
    expect(counter.unseals).toBe(3);
  });
});

describe('unreadable sessions', () => {
  const service = () =>
    createAuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchStorage(config),
      config: appConfig(),
    });

  it('reads broken chunk sets as signed out and clears them', async () => {
    const { auth, headers } = await service().withAuth(
      requestWithCookies('http://x/', 'wos-session.0=3:abc; wos-session.2=def'),
    );
    expect(auth).toEqual({ user: null, reason: 'invalid_session' });
    expect(parseSetCookie(headers).map((c) => [c.name, c.cleared])).toEqual([
      ['wos-session', true],
      ['wos-session.0', true],
      ['wos-session.2', true],
    ]);
  });

  it('refuses a session whose token belongs to another user', async () => {
    const minted = await mint({ user: { id: 'user_01VICTIM' } });
    const foreignToken = await signTestAccessToken(key, {
      iss: issuer,
      sub: 'user_01OTHER',
      sid: 'session_x',
    });
    const sealed = await sessionEncryption.sealData(
      { ...minted.session, accessToken: foreignToken },
      { password: TEST_PASSWORD },
    );
    const { auth, headers } = await service().withAuth(
      requestWithCookies('http://x/', `wos-session=${encodeURIComponent(sealed)}`),
    );
    expect(auth).toEqual({ user: null, reason: 'invalid_session' });
    expect(parseSetCookie(headers)[0]?.cleared).toBe(true);
  });
});
