import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it, vi } from 'vitest';
import { createWorkOSClient } from '../client/workos.js';
import { resolveConfig } from '../config/resolve.js';
import type { AuthKitConfig } from '../config/types.js';
import type { AuthKitError } from '../errors.js';
import {
  emulatorConfig,
  mintAgedSession,
  REDIRECT_URI,
  TEST_PASSWORD,
} from '../test-support/emulator-service.js';
import { FetchStorage } from '../test-support/fetch-storage.js';
import { AuthService } from './auth-service.js';

const emulator = useTestEmulator();

const AUTHENTICATE = '/user_management/authenticate';
const refreshCalls = () => emulator.calls({ grantType: 'refresh_token' }).length;

/** A service with the DEFAULT WorkOS client (built from the config), recording onError. */
function defaultClientService(extra: Partial<AuthKitConfig>) {
  const errors: AuthKitError[] = [];
  const service = new AuthService<Request, Response>({
    sessionStorageFactory: (config) => new FetchStorage(config),
    config: emulatorConfig(emulator, {
      refreshCooldownSeconds: 0,
      ...extra,
      onError: (error) => errors.push(error),
    }),
  });
  return { service, errors };
}

/** The next refresh calls hang for 5 s, then the connection is reset. */
const hangRefresh = (extra: { times?: number } = {}) =>
  emulator.injectFault({
    path: AUTHENTICATE,
    grantType: 'refresh_token',
    delayMs: 5000,
    reset: true,
    ...extra,
  });

const expiredSession = async () => (await mintAgedSession(emulator, 3600)).request;

describe('WorkOS API timeout and retries', () => {
  it('defaults to a 10 s timeout and 1 retry; env vars override; bad values are reported', () => {
    const base = {
      clientId: 'client_x',
      apiKey: 'sk_x',
      redirectUri: REDIRECT_URI,
      cookiePassword: TEST_PASSWORD,
    };
    const defaults = resolveConfig(base, () => undefined);
    expect([defaults.apiTimeoutMs, defaults.apiMaxRetries]).toEqual([10_000, 1]);
    const env: Record<string, string> = {
      WORKOS_API_TIMEOUT_MS: '2500',
      WORKOS_API_MAX_RETRIES: '0',
    };
    const fromEnv = resolveConfig({ ...base, apiTimeoutMs: 99, apiMaxRetries: 3 }, (n) => env[n]);
    expect([fromEnv.apiTimeoutMs, fromEnv.apiMaxRetries]).toEqual([2500, 0]);
    const bad: Record<string, string> = {
      WORKOS_API_TIMEOUT_MS: 'soon',
      WORKOS_API_MAX_RETRIES: '-1',
    };
    expect(() => resolveConfig(base, (n) => bad[n])).toThrow(
      /WORKOS_API_TIMEOUT_MS[\s\S]*WORKOS_API_MAX_RETRIES|WORKOS_API_MAX_RETRIES[\s\S]*WORKOS_API_TIMEOUT_MS/,
    );
    const client = createWorkOSClient(fromEnv) as unknown as {
      options?: { timeout?: number; maxRetries?: number };
    };
    expect(client.options).toMatchObject({ timeout: 2500, maxRetries: 0 });
  });

  it('a hanging WorkOS is cut off at apiTimeoutMs: "signed out for now", cookie kept', async () => {
    const { service, errors } = defaultClientService({ apiTimeoutMs: 400, apiMaxRetries: 0 });
    const request = await expiredSession();
    hangRefresh();
    const started = Date.now();
    const result = await service.withAuth(request());
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(elapsed).toBeLessThan(2500);
    expect(result.auth).toEqual({ user: null, reason: 'refresh_unavailable' });
    expect(result.headers).toBeUndefined();
    // The emulator logs a call when its connection closes: when the client's abort reaches it, or
    // at the latest when the 5 s hang ends (a loaded machine, or a runtime behind the matrix's
    // proxy, may not pass the abort on at once).
    await vi.waitFor(() => expect(refreshCalls()).toBe(1), { timeout: 6000 });
    expect(errors.map((e) => e.code)).toContain('session_refresh_failed');
    emulator.clearFaults();
    const after = await service.withAuth(request());
    expect(after.auth.user?.email).toBe('alice@example.com');
  });

  it('retries apiMaxRetries times, each attempt cut off at the timeout', async () => {
    const { service } = defaultClientService({ apiTimeoutMs: 300, apiMaxRetries: 1 });
    const request = await expiredSession();
    hangRefresh({ times: 2 });
    const started = Date.now();
    const result = await service.withAuth(request());
    // Two attempts cut off at 300 ms plus one SDK back-off (≤ 1.7 s); uncut it would take ≥ 10 s.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(result.auth).toEqual({ user: null, reason: 'refresh_unavailable' });
    expect(result.headers).toBeUndefined();
    await vi.waitFor(() => expect(refreshCalls()).toBe(2), { timeout: 6000 });
  });
});
