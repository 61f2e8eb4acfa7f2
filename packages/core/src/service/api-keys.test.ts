import { defaultCredentials, defaultIds } from '@workos/authkit-emulator';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiKeyValidationError } from '../errors.js';
import {
  emulatorService,
  m2mToken as mintM2mToken,
  startEmulator,
} from '../test-support/emulator-service.js';
import { signIn } from '../test-support/sign-in.js';
import { API_KEY_CACHE_TTL_MS, API_KEY_NEGATIVE_CACHE_TTL_MS } from './api-keys.js';

const emulator = useTestEmulator();
const VALIDATIONS = { path: '/api_keys/validations' };
const SEEDED = defaultCredentials.apiKey.value;

afterEach(() => {
  vi.useRealTimers();
});

const bearer = (value: string) =>
  new Request('http://localhost:3000/api/widgets', {
    headers: { authorization: `Bearer ${value}` },
  });

const m2mToken = (scope?: string) => mintM2mToken(emulator.url, scope);

describe('validateApiKey: WorkOS API keys', () => {
  it('accepts a seeded key from a Request, Headers or the header value', async () => {
    const service = emulatorService(emulator);
    const result = await service.validateApiKey(bearer(SEEDED));
    expect(result).toMatchObject({
      valid: true,
      kind: 'api_key',
      organizationId: defaultIds.acme,
      permissions: ['widgets:read'],
      apiKey: { id: defaultCredentials.apiKey.id, object: 'api_key' },
    });
    const headers = new Headers({ Authorization: `bearer ${SEEDED}` });
    expect((await service.validateApiKey(headers)).valid).toBe(true);
    expect((await service.validateApiKey(`Bearer ${SEEDED}`)).valid).toBe(true);
  });

  it('answers missing / invalid without asking WorkOS for absent or malformed headers', async () => {
    const service = emulatorService(emulator);
    const plain = new Request('http://localhost:3000/api/widgets');
    expect(await service.validateApiKey(plain)).toEqual({
      valid: false,
      apiKey: null,
      reason: 'missing',
    });
    expect(await service.validateApiKey(null)).toMatchObject({ reason: 'missing' });
    for (const header of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer a b',
      `Bearer ${'k'.repeat(5000)}`,
    ]) {
      expect(await service.validateApiKey(header)).toMatchObject({
        valid: false,
        reason: 'invalid',
      });
    }
    expect(emulator.calls(VALIDATIONS)).toHaveLength(0);
  });

  it('refuses an unknown key, and asks WorkOS only once while the refusal is cached', async () => {
    const service = emulatorService(emulator);
    for (let i = 0; i < 3; i++) {
      expect(await service.validateApiKey(bearer('sk_test_nope'))).toMatchObject({
        valid: false,
        reason: 'invalid',
      });
    }
    expect(emulator.calls(VALIDATIONS)).toHaveLength(1);
  });

  it('joins concurrent checks of one key and caches the valid answer', async () => {
    const service = emulatorService(emulator);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => service.validateApiKey(bearer(SEEDED))),
    );
    expect(results.every((r) => r.valid)).toBe(true);
    await service.validateApiKey(bearer(SEEDED));
    expect(emulator.calls(VALIDATIONS)).toHaveLength(1);
  });

  it('a key revoked through the SDK stops working once the positive cache expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const service = emulatorService(emulator);
    const workos = service.getWorkOS();
    const created = await workos.apiKeys.createOrganizationApiKey({
      organizationId: defaultIds.globex,
      name: 'ci',
    });
    expect(await service.validateApiKey(bearer(created.value))).toMatchObject({
      valid: true,
      organizationId: defaultIds.globex,
    });
    await workos.apiKeys.deleteApiKey(created.id);
    expect((await service.validateApiKey(bearer(created.value))).valid).toBe(true);
    vi.setSystemTime(Date.now() + API_KEY_CACHE_TTL_MS + 1);
    expect(await service.validateApiKey(bearer(created.value))).toMatchObject({ valid: false });
  });

  it('asks WorkOS again about a refused key once the negative cache expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const service = emulatorService(emulator);
    expect((await service.validateApiKey(bearer('sk_test_later'))).valid).toBe(false);
    vi.setSystemTime(Date.now() + API_KEY_NEGATIVE_CACHE_TTL_MS - 1_000);
    expect((await service.validateApiKey(bearer('sk_test_later'))).valid).toBe(false);
    expect(emulator.calls(VALIDATIONS)).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    expect((await service.validateApiKey(bearer('sk_test_later'))).valid).toBe(false);
    expect(emulator.calls(VALIDATIONS)).toHaveLength(2);
  });

  it('a WorkOS outage throws ApiKeyValidationError and caches nothing', async () => {
    const service = emulatorService(emulator);
    emulator.injectFault({ path: VALIDATIONS.path, status: 500, times: 1 });
    const error = await service.validateApiKey(bearer(SEEDED)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiKeyValidationError);
    expect((error as ApiKeyValidationError).code).toBe('api_key_validation_failed');
    expect((await service.validateApiKey(bearer(SEEDED))).valid).toBe(true);
  });
});

describe('validateApiKey: M2M access tokens (client_credentials)', () => {
  it('verifies a token against the session key set, locally', async () => {
    const service = emulatorService(emulator);
    const token = await m2mToken('widgets:read');
    const result = await service.validateApiKey(bearer(token));
    expect(result).toMatchObject({
      valid: true,
      kind: 'm2m_token',
      apiKey: null,
      clientId: defaultCredentials.m2m.clientId,
      organizationId: defaultIds.acme,
      permissions: ['widgets:read'],
      claims: { sub: defaultCredentials.m2m.clientId, iss: emulator.issuer },
    });
    expect(emulator.calls(VALIDATIONS)).toHaveLength(0);
  });

  it('refuses a tampered token, a user session token, and any token with { m2m: false }', async () => {
    const service = emulatorService(emulator);
    const token = await m2mToken();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const forged = btoa(JSON.stringify({ ...claims, org_id: defaultIds.globex }))
      .replace(/=+$/, '')
      .replace(/\+/g, '-')
      .replace(/\//g, '_');
    expect(await service.validateApiKey(bearer(`${header}.${forged}.${signature}`))).toMatchObject({
      valid: false,
      reason: 'invalid',
    });
    const { result } = await signIn(service);
    expect((await service.validateApiKey(bearer(result.authResponse.accessToken))).valid).toBe(
      false,
    );
    expect((await service.validateApiKey(bearer(token), { m2m: false })).valid).toBe(false);
  });

  it('an expired token is invalid', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const service = emulatorService(emulator);
    const token = await m2mToken();
    vi.setSystemTime(Date.now() + 2 * 3600 * 1000);
    expect(await service.validateApiKey(bearer(token))).toMatchObject({ valid: false });
  });

  it('an unreachable key set throws ApiKeyValidationError', async () => {
    // Its own emulator: the key set of the shared one may already be cached.
    const own = await startEmulator();
    try {
      const service = emulatorService(own);
      const token = await mintM2mToken(own.url);
      own.injectFault({ path: '/sso/jwks/*', status: 503, times: 5 });
      await expect(service.validateApiKey(bearer(token))).rejects.toBeInstanceOf(
        ApiKeyValidationError,
      );
    } finally {
      await own.stop();
    }
  });
});
