import {
  GenericServerException,
  OauthException,
  RateLimitExceededException,
} from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import { sdkFor, signInWithSdk } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

const AUTHENTICATE = '/user_management/authenticate';

async function signedIn() {
  const workos = sdkFor(emulator);
  const auth = await signInWithSdk(workos);
  const refresh = (client = workos) =>
    client.userManagement.authenticateWithRefreshToken({
      clientId: emulator.clientId,
      refreshToken: auth.refreshToken,
    });
  return { workos, auth, refresh };
}

describe('fault injection through the real SDK', () => {
  it('answers the next N matching calls with the injected status, then recovers', async () => {
    const { refresh } = await signedIn();
    emulator.injectFault({ path: AUTHENTICATE, method: 'POST', status: 503, times: 2 });
    await expect(refresh()).rejects.toBeInstanceOf(GenericServerException);
    await expect(refresh()).rejects.toMatchObject({ status: 503 });
    const ok = await refresh();
    expect(ok.user.email).toBe('alice@example.com');
    const calls = emulator.calls({ path: AUTHENTICATE, grantType: 'refresh_token' });
    expect(calls.map((c) => [c.status, c.faulted])).toEqual([
      [503, true],
      [503, true],
      [200, false],
    ]);
  });

  it('sends a custom body, and only for the chosen grant type', async () => {
    const { refresh, workos } = await signedIn();
    emulator.injectFault({
      path: AUTHENTICATE,
      grantType: 'refresh_token',
      status: 400,
      body: { error: 'invalid_grant', error_description: 'forced' },
    });
    await expect(
      workos.userManagement.getUser('user_01ALICE0000000000000000000'),
    ).resolves.toBeTruthy();
    await expect(refresh()).rejects.toMatchObject({
      error: 'invalid_grant',
      errorDescription: 'forced',
    });
  });

  it('sends 429 with Retry-After 0 by default, or the configured value', async () => {
    const { refresh } = await signedIn();
    emulator.injectFault({ path: AUTHENTICATE, status: 429 });
    const first = await refresh().catch((error: unknown) => error);
    expect(first).toBeInstanceOf(RateLimitExceededException);
    expect((first as RateLimitExceededException).retryAfter).toBe(0);

    emulator.injectFault({ path: AUTHENTICATE, status: 429, retryAfter: 7 });
    const second = await refresh().catch((error: unknown) => error);
    expect((second as RateLimitExceededException).retryAfter).toBe(7);
  });

  it('lets a retrying client recover immediately thanks to Retry-After 0', async () => {
    const { refresh } = await signedIn();
    const retrying = sdkFor(emulator, { maxRetries: 3 });
    emulator.injectFault({ path: AUTHENTICATE, status: 503, times: 2 });
    const started = Date.now();
    const auth = await refresh(retrying);
    expect(auth.user.email).toBe('alice@example.com');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(3);
  });

  it('delays a call past the client timeout (a 408 OauthException), then answers normally', async () => {
    const { refresh } = await signedIn();
    const impatient = sdkFor(emulator, { timeout: 100 });
    emulator.injectFault({ path: AUTHENTICATE, delayMs: 400 });
    const error = await refresh(impatient).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OauthException);
    expect((error as OauthException).status).toBe(408);
  });

  it('delays a call and then handles it normally', async () => {
    const { refresh } = await signedIn();
    emulator.injectFault({ path: AUTHENTICATE, delayMs: 150 });
    const started = Date.now();
    await refresh();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('resets the connection (a network error for the SDK)', async () => {
    const { refresh } = await signedIn();
    emulator.injectFault({ path: AUTHENTICATE, reset: true });
    const error = await refresh().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/fetch failed/);
    expect(error).not.toHaveProperty('status');
    expect(emulator.calls({ path: AUTHENTICATE }).at(-1)).toMatchObject({
      faulted: true,
      status: 0,
    });
  });

  it('matches path prefixes ending in *', async () => {
    emulator.injectFault({ path: '/sso/jwks/*', status: 500 });
    const res = await fetch(`${emulator.jwksUrl}`);
    expect(res.status).toBe(500);
    expect(res.headers.get('retry-after')).toBe('0');
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await fetch(emulator.jwksUrl)).status).toBe(200);
  });
});
