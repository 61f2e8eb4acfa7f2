import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { emulatorService } from '../test-support/emulator-service.js';
import { parseSetCookie } from '../testing/set-cookie.js';
import { FetchSessionStorage, lazyFetchAuthService } from './fetch-service.js';
import { signedOutResponse, signInRedirect } from './sign-in-redirect.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });

describe('signInRedirect', () => {
  it('redirects GETs (307) to sign-in with the verifier cookie, uncached', async () => {
    const response = await signInRedirect(
      emulatorService(emulator),
      new Request('http://localhost:3000/account'),
      { returnPathname: '/account' },
    );
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(emulator.url);
    expect(location.searchParams.get('screen_hint')).toBe('sign-in');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(parseSetCookie(response)[0]?.name).toMatch(/^wos-auth-verifier/);
  });

  it('sends form posts to sign-up with 303', async () => {
    const response = await signInRedirect(
      emulatorService(emulator),
      new Request('http://localhost:3000/join', { method: 'POST' }),
      { signUp: true },
    );
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location') ?? '').searchParams.get('screen_hint')).toBe(
      'sign-up',
    );
  });
});

describe('signedOutResponse', () => {
  it('answers API requests 401 JSON without a verifier cookie', async () => {
    const response = await signedOutResponse(
      emulatorService(emulator),
      new Request('http://localhost:3000/api/me'),
      { apiPaths: ['/api/:path*'] },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: 'unauthorized' });
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("lets the adapter's own API decision win over the path and Accept checks", async () => {
    const service = emulatorService(emulator);
    const api = await signedOutResponse(service, new Request('http://localhost:3000/rpc'), {
      api: true,
    });
    expect(api.status).toBe(401);
    const page = await signedOutResponse(
      service,
      new Request('http://localhost:3000/api/me', { headers: { accept: 'application/json' } }),
      { apiPaths: ['/api/:path*'], api: false },
    );
    expect(page.status).toBe(307);
  });

  it("redirects to the app's signInPath with the return path (303 for posts), writing no cookie", async () => {
    const response = await signedOutResponse(
      emulatorService(emulator),
      new Request('http://localhost:3000/orders', { method: 'POST' }),
      { signInPath: '/login', returnPathname: '/orders?page=2' },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?returnPathname=%2Forders%3Fpage%3D2');
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('redirects pages to sign-in', async () => {
    const response = await signedOutResponse(
      emulatorService(emulator),
      new Request('http://localhost:3000/account', { headers: { accept: 'text/html' } }),
    );
    expect(response.status).toBe(307);
  });
});

describe('lazyFetchAuthService', () => {
  it('creates one service on first use and reads cookies from the Request', async () => {
    const get = lazyFetchAuthService();
    expect(get()).toBe(get());
    const storage = new FetchSessionStorage({
      cookieName: 'wos-session',
      redirectUri: 'http://localhost:3000/callback',
    } as never);
    const request = new Request('http://x/', { headers: { cookie: 'a=1; wos-session=v%20x' } });
    expect(await storage.getCookie(request, 'wos-session')).toBe('v x');
    expect(await storage.getCookie(request, 'missing')).toBeNull();
  });
});
