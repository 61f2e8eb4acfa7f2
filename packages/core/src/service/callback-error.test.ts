import { defaultIds } from '@workos/authkit-emulator';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { AuthCallbackError } from '../errors.js';
import { emulatorService } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';

const emulator = useTestEmulator({ resetBeforeEach: false });

describe('handleCallback with an error from WorkOS', () => {
  it('throws AuthCallbackError carrying the WorkOS error and description', async () => {
    const service = emulatorService(emulator);
    const started = await service.createSignIn(undefined, {
      loginHint: 'bob@example.com',
      organizationId: defaultIds.globex,
    });
    const back = await fetch(started.url, { redirect: 'manual' });
    const location = new URL(back.headers.get('location') ?? '');
    const query = location.searchParams;
    expect(query.get('error')).toBe('organization_membership_not_found');
    const request = requestWithCookies(location.href, cookieHeaderFrom(started.headers));

    const error = await service
      .handleCallback(request, undefined, {
        code: query.get('code'),
        state: query.get('state'),
        error: query.get('error'),
        errorDescription: query.get('error_description'),
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthCallbackError);
    expect(error.code).toBe('auth_callback_failed');
    expect(error.oauthError).toBe('organization_membership_not_found');
    expect(error.oauthErrorDescription).toBe(query.get('error_description'));
    expect(error.data).toEqual({
      oauthError: 'organization_membership_not_found',
      oauthErrorDescription: query.get('error_description'),
    });
    expect(error.message).toContain('organization_membership_not_found');
    expect(emulator.calls({ path: '/user_management/authenticate' })).toHaveLength(0);

    const { headers } = await service.clearPendingVerifier(undefined, {
      state: query.get('state'),
      request,
    });
    const cleared = parseSetCookie(headers).find((c) => c.name === started.cookieName);
    expect(cleared?.cleared).toBe(true);
  });

  it('wins over a present code, and clips hostile lengths', async () => {
    const service = emulatorService(emulator);
    const error = await service
      .handleCallback(requestWithCookies('http://localhost:3000/callback'), undefined, {
        code: 'code_123',
        state: null,
        error: 'x'.repeat(5000),
        errorDescription: 'y'.repeat(5000),
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthCallbackError);
    expect(error.oauthError).toBe('unknown_error');
    expect(error.oauthErrorDescription.length).toBeLessThanOrEqual(501);
    expect(error.message.length).toBeLessThan(200);
  });

  it("puts our own sentence and WorkOS's code in the message, never the attacker-chosen description", async () => {
    const service = emulatorService(emulator);
    const hostile = async (error: string) =>
      service
        .handleCallback(requestWithCookies('http://localhost:3000/callback'), undefined, {
          code: null,
          state: null,
          error,
          errorDescription: 'Your account is locked. Call +1 555 0100 and read out your code.',
        })
        .catch((e) => e);
    const denied = await hostile('access_denied');
    expect(denied.message).toBe(
      'WorkOS ended the sign-in with error code "access_denied". The sign-in was cancelled or not allowed. Start the sign-in again.',
    );
    expect(denied.oauthErrorDescription).toContain('Call +1 555 0100');
    const injected = await hostile('<b>Call +1 555 0100</b>');
    expect(injected.oauthError).toBe('unknown_error');
    expect(injected.message).not.toMatch(/555|<b>/);
  });

  it('without `error` behaves as before (missing code)', async () => {
    const service = emulatorService(emulator);
    const error = await service
      .handleCallback(requestWithCookies('http://localhost:3000/callback'), undefined, {
        code: null,
        state: null,
        error: null,
      })
      .catch((e) => e);
    expect(error.code).toBe('missing_authorization_code');
  });
});
