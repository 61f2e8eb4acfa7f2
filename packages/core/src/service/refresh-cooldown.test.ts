import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import type { AuthKitConfig } from '../config/types.js';
import { MAX_REFRESH_COOLDOWN_SECONDS, refreshCooldownMs } from '../core/refresh-errors.js';
import { emulatorService, mintAgedSession } from '../test-support/emulator-service.js';

const emulator = useTestEmulator();

const AUTHENTICATE = '/user_management/authenticate';
const refreshCalls = () => emulator.calls({ grantType: 'refresh_token' }).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A session whose 300 s token was minted `ageSeconds` ago. */
const agedSession = async (ageSeconds: number) =>
  (await mintAgedSession(emulator, ageSeconds)).request;

function serviceWith(extra: Partial<AuthKitConfig>) {
  const errors: string[] = [];
  const service = emulatorService(emulator, {
    ...extra,
    onError: (error) => errors.push(error.code),
  });
  return { service, errors };
}

const fault = (status: number, times: number, extra: Record<string, unknown> = {}) =>
  emulator.injectFault({ path: AUTHENTICATE, grantType: 'refresh_token', status, times, ...extra });

describe('refresh cool-down after a transient failure', () => {
  it('still-valid token inside the buffer: one WorkOS call, then stays signed in on it', async () => {
    const { service, errors } = serviceWith({});
    const request = await agedSession(285);
    fault(500, 50);
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => service.withAuth(request())),
    );
    // Requests that joined the one failed call each report it; one that arrived after it
    // failed is already inside the cool-down. How many joined depends on scheduling.
    const reported = errors.length;
    expect(reported).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual(Array(reported).fill('session_refresh_failed'));
    for (let i = 0; i < 4; i++) outcomes.push(await service.withAuth(request()));
    for (const outcome of outcomes) {
      expect(outcome.auth.user?.email).toBe('alice@example.com');
      expect(outcome.headers).toBeUndefined();
    }
    expect(refreshCalls()).toBe(1);
    // The cooled-down requests make no call and report nothing.
    expect(errors).toHaveLength(reported);
  });

  it('expired token: no cool-down, each request retries and answers signed out for now', async () => {
    const { service } = serviceWith({});
    const request = await agedSession(400);
    fault(503, 3);
    for (let i = 0; i < 3; i++) {
      const outcome = await service.withAuth(request());
      expect(outcome.auth).toEqual({ user: null, reason: 'refresh_unavailable' });
      expect(outcome.headers).toBeUndefined();
    }
    expect(refreshCalls()).toBe(3);
    const recovered = await service.withAuth(request());
    expect(recovered.auth.user?.email).toBe('alice@example.com');
    expect(refreshCalls()).toBe(4);
  });

  it('a replayed expired cookie during 429s costs one call per Retry-After, not one per request', async () => {
    const { service } = serviceWith({});
    const request = await agedSession(400);
    fault(429, 50, { retryAfter: 1 });
    for (let i = 0; i < 20; i++) {
      const outcome = await service.withAuth(request());
      expect(outcome.auth).toEqual({ user: null, reason: 'refresh_unavailable' });
      expect(outcome.headers).toBeUndefined();
    }
    expect(refreshCalls()).toBe(1);
    emulator.clearFaults();
    await sleep(1100);
    expect((await service.withAuth(request())).auth.user?.email).toBe('alice@example.com');
    expect(refreshCalls()).toBe(2);
  });

  it('a token past exp but inside the clock tolerance is retried on every request', async () => {
    const { service } = serviceWith({});
    const request = await agedSession(302);
    fault(503, 2);
    for (let i = 0; i < 2; i++) {
      expect((await service.withAuth(request())).auth.user?.email).toBe('alice@example.com');
    }
    expect(refreshCalls()).toBe(2);
    expect((await service.withAuth(request())).refreshedSessionData).toBeDefined();
  });

  it('retries once the cool-down is over, and refreshes', async () => {
    const { service } = serviceWith({ refreshCooldownSeconds: 0.3 });
    const request = await agedSession(285);
    fault(503, 1);
    expect((await service.withAuth(request())).refreshedSessionData).toBeUndefined();
    expect((await service.withAuth(request())).refreshedSessionData).toBeUndefined();
    expect(refreshCalls()).toBe(1);
    await sleep(350);
    const recovered = await service.withAuth(request());
    expect(recovered.auth.user?.email).toBe('alice@example.com');
    expect(recovered.refreshedSessionData).toBeDefined();
    expect(refreshCalls()).toBe(2);
  });

  it("honours a 429's Retry-After beyond the default cool-down", async () => {
    const { service } = serviceWith({ refreshCooldownSeconds: 0.2 });
    const request = await agedSession(285);
    fault(429, 1, { retryAfter: 1 });
    await service.withAuth(request());
    await sleep(400);
    expect((await service.withAuth(request())).refreshedSessionData).toBeUndefined();
    expect(refreshCalls()).toBe(1);
    await sleep(700);
    expect((await service.withAuth(request())).refreshedSessionData).toBeDefined();
    expect(refreshCalls()).toBe(2);
  });

  it('does not cool down a terminal failure of an expired token (the cookie is cleared)', async () => {
    const { service } = serviceWith({});
    const request = await agedSession(400);
    fault(400, 1, { body: { error: 'invalid_grant', error_description: 'Session ended.' } });
    const outcome = await service.withAuth(request());
    expect(outcome.auth).toEqual({ user: null, reason: 'session_expired' });
    expect(outcome.headers?.['Set-Cookie']?.length).toBeGreaterThan(0);
  });

  it('retries on every request when refreshCooldownSeconds is 0', async () => {
    const { service } = serviceWith({ refreshCooldownSeconds: 0 });
    const request = await agedSession(285);
    fault(503, 3);
    for (let i = 0; i < 3; i++) {
      expect((await service.withAuth(request())).auth.user?.email).toBe('alice@example.com');
    }
    expect(refreshCalls()).toBe(3);
  });
});

describe('refreshCooldownMs', () => {
  it('uses the base, lengthened by retryAfter, capped at 60 s; 0 disables', () => {
    expect(refreshCooldownMs(new Error('x'), 5)).toBe(5000);
    expect(refreshCooldownMs({ retryAfter: 2 }, 5)).toBe(5000);
    expect(refreshCooldownMs({ retryAfter: 12 }, 5)).toBe(12_000);
    expect(refreshCooldownMs({ retryAfter: 3600 }, 5)).toBe(MAX_REFRESH_COOLDOWN_SECONDS * 1000);
    expect(refreshCooldownMs({ retryAfter: Number.NaN }, 5)).toBe(5000);
    expect(refreshCooldownMs({ retryAfter: 30 }, 0)).toBe(0);
  });
});
