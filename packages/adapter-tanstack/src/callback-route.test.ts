import { createServerEntry, getResponseHeaders } from '@tanstack/react-start/server';
import { startEmulator } from '@workos/authkit-emulator';
import {
  configure,
  InvalidArgumentError,
  MissingAuthorizationCodeError,
} from '@workos/authkit-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuthService } from './auth-service.js';
import { type CallbackSuccessData, handleCallbackRoute } from './callback.js';

// handleCallbackRoute's options, run inside a real TanStack Start request scope with the real
// core and the emulator (a real code, state and verifier cookie).
// Nothing listens here: requests go to the handler in-process; the emulator allows localhost.
const origin = 'http://localhost:3999';
let emulator: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  const env: Record<string, string> = {
    ...emulator.env,
    WORKOS_REDIRECT_URI: `${origin}/callback`,
    WORKOS_COOKIE_PASSWORD: 'callback-route-test-password-32-chars!',
  };
  configure((name) => env[name]);
});

afterAll(() => emulator?.stop());

/** Runs the handler in a Start request scope; returns its response and the Start response cookies. */
async function run(handler: ReturnType<typeof handleCallbackRoute>, request: Request) {
  let cookies: string[] = [];
  const entry = createServerEntry({
    fetch: async (req: Request) => {
      const response = await handler({ request: req });
      cookies = getResponseHeaders().getSetCookie();
      return response;
    },
  });
  const response = await entry.fetch(request);
  return { response, cookies };
}

/** A callback request carrying a real code and state, with this flow's verifier cookie. */
async function realCallback(): Promise<Request> {
  const { url, headers } = await getAuthService().createSignIn(undefined, {
    returnPathname: '/dashboard',
  });
  const verifier = ([] as string[]).concat(headers?.['Set-Cookie'] ?? [])[0] ?? '';
  const authorize = new URL(url);
  authorize.searchParams.set('login_hint', 'alice@example.com');
  const granted = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(granted.headers.get('location') ?? '');
  return new Request(`${origin}/callback${callback.search}`, {
    headers: { cookie: verifier.split(';')[0] ?? '' },
  });
}

describe('handleCallbackRoute', () => {
  it('calls onSuccess with the signed-in auth and lets it choose the response', async () => {
    let seen: CallbackSuccessData | undefined;
    const handler = handleCallbackRoute({
      onSuccess: (result) => {
        seen = result;
        return new Response('welcome', { status: 200 });
      },
    });
    const { response, cookies } = await run(handler, await realCallback());
    expect(await response.text()).toBe('welcome');
    expect(seen?.auth.user.email).toBe('alice@example.com');
    expect(seen?.returnPathname).toBe('/dashboard');
    // The anchor's fields, next to ours.
    expect(seen?.user.email).toBe('alice@example.com');
    expect(seen?.accessToken).toBe(seen?.auth.accessToken);
    expect(seen?.refreshToken).toBe(seen?.auth.refreshToken);
    expect(seen?.authenticationMethod).toBe(seen?.authResponse.authenticationMethod);
    expect(seen?.authenticationMethod).toEqual(expect.any(String));
    expect(seen?.organizationId).toBe(seen?.auth.organizationId);
    expect(cookies.some((line) => line.startsWith('wos-session='))).toBe(true);
    expect(cookies.some((line) => /^wos-auth-verifier[^=]*=;.*Max-Age=0/i.test(line))).toBe(true);
  });

  it('redirects to the return path by default', async () => {
    const { response } = await run(handleCallbackRoute(), await realCallback());
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`${origin}/dashboard`);
  });

  it('stores no session when onSuccess throws, and still clears the verifier', async () => {
    const handler = handleCallbackRoute({
      onSuccess: () => {
        throw new Error('app refused the user');
      },
    });
    const { response, cookies } = await run(handler, await realCallback());
    expect(response.status).toBe(400);
    expect(cookies.some((line) => line.startsWith('wos-session='))).toBe(false);
    expect(cookies.some((line) => line.startsWith('wos-auth-verifier'))).toBe(true);
  });

  it('passes failures to onError and clears the verifier with its response', async () => {
    let failure: unknown;
    const handler = handleCallbackRoute({
      onError: ({ error }) => {
        failure = error;
        return new Response('custom error', { status: 401 });
      },
    });
    const request = new Request(`${origin}/callback?state=abc`, {
      headers: { cookie: 'wos-auth-verifier-abc=stale' },
    });
    const { response, cookies } = await run(handler, request);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('custom error');
    expect(failure).toBeInstanceOf(MissingAuthorizationCodeError);
    expect(cookies.some((line) => /^wos-auth-verifier-abc=;.*Max-Age=0/i.test(line))).toBe(true);
  });

  it('redirects failures to errorRedirectUrl (resolved on the request) and clears the verifier', async () => {
    const handler = handleCallbackRoute({ errorRedirectUrl: '/sign-in?error=auth_failed' });
    const request = new Request(`${origin}/callback?state=abc`, {
      headers: { cookie: 'wos-auth-verifier-abc=stale' },
    });
    const { response, cookies } = await run(handler, request);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${origin}/sign-in?error=auth_failed`);
    expect(cookies.some((line) => /^wos-auth-verifier-abc=;.*Max-Age=0/i.test(line))).toBe(true);
  });

  it('lets onError win over errorRedirectUrl', async () => {
    const handler = handleCallbackRoute({
      errorRedirectUrl: '/sign-in',
      onError: () => new Response('mine', { status: 401 }),
    });
    const { response } = await run(handler, new Request(`${origin}/callback`));
    expect(response.status).toBe(401);
  });

  it('rejects bad options when the route is built', () => {
    expect(() => handleCallbackRoute({ errorRedirectUrl: 'javascript:alert(1)' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => handleCallbackRoute({ onSucess: () => {} } as never)).toThrow(/`onSucess`/);
  });
});
