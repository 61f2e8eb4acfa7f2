import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { setCookieLines } from '../cookies/header-bag.js';
import { emulatorService } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { cookieHeaderFrom, parseSetCookie } from '../testing/set-cookie.js';
import { type CallbackSuccess, callbackErrorResponse, handleCallbackRequest } from './callback.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });

async function startSignIn(returnPathname?: string) {
  const service = emulatorService(emulator);
  const started = await service.createSignIn(undefined, {
    loginHint: 'alice@example.com',
    ...(returnPathname && { returnPathname }),
  });
  const redirect = await fetch(started.url, { redirect: 'manual' });
  const location = new URL(redirect.headers.get('location') ?? '');
  return { service, request: requestWithCookies(location.href, cookieHeaderFrom(started.headers)) };
}

describe('handleCallbackRequest', () => {
  it('creates the session and redirects (307) to the return path on the request origin', async () => {
    const { service, request } = await startSignIn('/account?tab=1');
    const seen: CallbackSuccess[] = [];
    const { response, headers } = await handleCallbackRequest(service, request, {
      onSuccess: (result) => {
        seen.push(result);
      },
    });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://localhost:3000/account?tab=1');
    expect(seen[0]?.auth.user.email).toBe('alice@example.com');
    const cookies = parseSetCookie(setCookieLines(headers));
    expect(cookies.some((c) => c.name.startsWith('wos-session') && !c.cleared)).toBe(true);
    expect(cookies.some((c) => c.name.startsWith('wos-auth-verifier') && c.cleared)).toBe(true);
  });

  it('uses the default return path and baseURL, and lets onSuccess answer instead', async () => {
    const first = await startSignIn();
    const redirected = await handleCallbackRequest(first.service, first.request, {
      returnPathname: '/dashboard',
      baseURL: 'https://app.example.com',
    });
    expect(redirected.response.headers.get('location')).toBe('https://app.example.com/dashboard');

    const second = await startSignIn();
    const custom = await handleCallbackRequest(second.service, second.request, {
      onSuccess: () => Response.json({ ok: true }),
    });
    expect(await custom.response.json()).toEqual({ ok: true });
    expect(setCookieLines(custom.headers).length).toBeGreaterThan(0);
    custom.response.headers.set('x-mutable', 'yes');
  });

  it('clears the verifier and answers 400 with the error code on a forged state', async () => {
    const { service, request } = await startSignIn();
    const url = new URL(request.url);
    url.searchParams.set('state', 'forged');
    const forged = new Request(url, { headers: request.headers });
    const { response, headers } = await handleCallbackRequest(service, forged);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('data-testid="auth-error">oauth_state_mismatch</code>');
    expect(parseSetCookie(setCookieLines(headers)).every((c) => c.cleared)).toBe(true);
    expect(setCookieLines(headers).length).toBeGreaterThan(0);
  });

  it('passes WorkOS errors on and uses onError when given', async () => {
    const service = emulatorService(emulator);
    const request = new Request('http://localhost:3000/callback?error=access_denied&state=x');
    const { response } = await handleCallbackRequest(service, request, {
      onError: ({ error }) =>
        new Response(String((error as { code?: string }).code), { status: 418 }),
    });
    expect(response.status).toBe(418);
    expect(await response.text()).toBe('auth_callback_failed');
  });
});

describe('callbackErrorResponse', () => {
  it('names unknown failures generically and strips markup from codes', async () => {
    expect(await callbackErrorResponse(new Error('<b>')).text()).toContain(
      '>authentication_failed</code>',
    );
  });

  it('answers 400 uncached by default, or the status given', async () => {
    const page = callbackErrorResponse(new Error('x'));
    expect(page.status).toBe(400);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(callbackErrorResponse(new Error('x'), 403).status).toBe(403);
  });
});
