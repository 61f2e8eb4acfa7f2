import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import type { AuthKitConfig } from '../config/types.js';
import type { AuthKitError } from '../errors.js';
import { SessionRefreshError } from '../errors.js';
import { decodeClaims } from '../jwt/claims.js';
import { emulatorService, mintAgedSession } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import { parseSetCookie } from '../testing/set-cookie.js';

const emulator = useTestEmulator();

const AUTHENTICATE = '/user_management/authenticate';
const refreshCalls = () => emulator.calls({ grantType: 'refresh_token' }).length;

function serviceWithErrors(extra: Partial<AuthKitConfig> = {}) {
  const errors: Array<{ error: AuthKitError; operation: string }> = [];
  const service = emulatorService(emulator, {
    ...extra,
    onError: (error, context) => errors.push({ error, operation: context.operation }),
  });
  return { service, errors };
}

/** Signs in with tokens minted `ageSeconds` ago (300 s lifetime), so they are near or past expiry. */
async function agedSession(_service: ReturnType<typeof emulatorService>, ageSeconds: number) {
  const minted = await mintAgedSession(emulator, ageSeconds);
  const sessionId = (decodeClaims(minted.accessToken)?.sid ?? '') as string;
  return { request: minted.request, userId: minted.session.user.id, sessionId };
}

describe('refresh failures', () => {
  it('keeps the user signed in on the old token during a transient failure inside the buffer', async () => {
    const { service, errors } = serviceWithErrors({ refreshCooldownSeconds: 0 });
    const { request, userId } = await agedSession(service, 285);
    emulator.injectFault({ path: AUTHENTICATE, grantType: 'refresh_token', status: 503, times: 1 });

    const outcome = await service.withAuth(request());
    expect(outcome.auth.user?.id).toBe(userId);
    expect(outcome.headers).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.operation).toBe('withAuth');
    expect(errors[0]?.error).toBeInstanceOf(SessionRefreshError);
    expect((errors[0]?.error as SessionRefreshError | undefined)?.terminal).toBe(false);

    const retried = await service.withAuth(request());
    expect(retried.refreshedSessionData).toBeDefined();
    expect(refreshCalls()).toBe(2);
  });

  it('answers no_session without headers when there is no cookie', async () => {
    const { service, errors } = serviceWithErrors();
    const outcome = await service.withAuth(requestWithCookies('http://localhost:3000/', 'other=1'));
    expect(outcome).toEqual({ auth: { user: null, reason: 'no_session' } });
    expect(errors).toHaveLength(0);
  });

  it('answers signed out WITHOUT clearing the cookie when the token expired and WorkOS is down', async () => {
    for (const fault of [{ status: 500 }, { status: 429 }, { status: 408 }, { reset: true }]) {
      const { service, errors } = serviceWithErrors();
      const { request } = await agedSession(service, 400);
      // Enough faulted calls to outlast SDK retries and runtimes that re-send a POST on a dropped
      // keep-alive connection (Deno); cleared before the recovery request.
      emulator.injectFault({ path: AUTHENTICATE, grantType: 'refresh_token', times: 4, ...fault });
      const outcome = await service.withAuth(request());
      expect(outcome.auth).toEqual({ user: null, reason: 'refresh_unavailable' });
      expect(outcome.headers).toBeUndefined();
      expect(errors.map((e) => e.error.code)).toContain('session_refresh_failed');
      emulator.clearFaults();
      const recovered = await service.withAuth(request());
      expect(recovered.auth.user).not.toBeNull();
    }
  });

  it('signs out and clears the cookie when the session was revoked (invalid_grant)', async () => {
    const { service, errors } = serviceWithErrors();
    const { request, sessionId } = await agedSession(service, 400);
    expect(emulator.revokeSession(sessionId)).toBe(true);
    const outcome = await service.withAuth(request());
    expect(outcome.auth).toEqual({ user: null, reason: 'session_expired' });
    const cleared = parseSetCookie(outcome.headers).find((c) => c.name === 'wos-session');
    expect(cleared?.cleared).toBe(true);
    expect(outcome.headers?.['Cache-Control']).toBe('no-store');
    expect((errors.at(-1)?.error as SessionRefreshError | undefined)?.terminal).toBe(true);
  });

  it('keeps a still-valid token when a proactive refresh is refused (another instance may have rotated it)', async () => {
    const { service, errors } = serviceWithErrors();
    const { request, userId } = await agedSession(service, 285);
    emulator.injectFault({
      path: AUTHENTICATE,
      grantType: 'refresh_token',
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Refresh token already used.' },
    });
    const outcome = await service.withAuth(request());
    expect(outcome.auth.user?.id).toBe(userId);
    expect(outcome.headers).toBeUndefined();
    expect((errors.at(-1)?.error as SessionRefreshError | undefined)?.terminal).toBe(true);
  });

  it('signs out and clears a tampered cookie, reporting it', async () => {
    const { service, errors } = serviceWithErrors();
    const { result } = await signIn(service);
    const sealed = result.encryptedSession;
    const tampered = `${sealed.slice(0, 60)}${sealed[60] === 'A' ? 'B' : 'A'}${sealed.slice(61)}`;
    const outcome = await service.withAuth(
      requestWithCookies('http://localhost:3000/', `wos-session=${encodeURIComponent(tampered)}`),
    );
    expect(outcome.auth).toEqual({ user: null, reason: 'invalid_session' });
    expect(parseSetCookie(outcome.headers)[0]?.cleared).toBe(true);
    expect(errors[0]?.error.code).toBe('session_encryption_failed');
  });

  it('does not loop on 2-second tokens: the buffer is clamped to a third of the lifetime', async () => {
    emulator.setAccessTokenTtl(2);
    const { service } = serviceWithErrors();
    const { request } = await signIn(service).then((s) => ({
      request: () => requestWithCookies('http://localhost:3000/', s.cookieHeader),
    }));
    const first = await service.withAuth(request());
    expect(first.auth.user).not.toBeNull();
    expect(first.refreshedSessionData).toBeUndefined();
    expect(refreshCalls()).toBe(0);
  });

  it('refreshes an expired 1-second token once it has expired', async () => {
    emulator.setAccessTokenTtl(1);
    const { service } = serviceWithErrors({ clockToleranceSeconds: 0 });
    const { cookieHeader, result } = await signIn(service);
    // The emulator rounds exp up to a whole second: wait until this token's exp has passed.
    const exp = decodeClaims(result.auth.accessToken)?.exp ?? 0;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 100));
    const outcome = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeader),
    );
    expect(outcome.auth.user).not.toBeNull();
    expect(outcome.refreshedSessionData).toBeDefined();
    expect(refreshCalls()).toBe(1);
  });
});
