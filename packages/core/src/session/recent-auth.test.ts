import { defaultIds } from '@workos/authkit-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.js';
import { type Emulator, emulatorService, startEmulator } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';
import type { SignedInAuth } from '../types.js';
import { checkRecentAuth, stepUpSignInOptions } from './recent-auth.js';

let emulator: Emulator;
let auth: SignedInAuth;
let cookieHeader: string;
beforeAll(async () => {
  emulator = await startEmulator();
  const signedIn = await signIn(emulatorService(emulator), { organizationId: defaultIds.globex });
  auth = signedIn.result.auth;
  cookieHeader = signedIn.cookieHeader;
});
afterAll(() => emulator.stop());

describe('checkRecentAuth (auth_time of the verified access token)', () => {
  it('a fresh sign-in is recent; authenticatedAt is the auth_time claim', async () => {
    const service = emulatorService(emulator);
    const { auth: verified } = await service.withAuth(
      requestWithCookies('http://localhost:3000/', cookieHeader),
    );
    if (!verified.user) throw new Error('expected a signed-in request');
    const authTime = verified.claims.auth_time;
    expect(typeof authTime).toBe('number');
    const result = checkRecentAuth(verified, { maxAge: 60 });
    expect(result).toEqual({ isStale: false, authenticatedAt: new Date((authTime ?? 0) * 1000) });
  });

  it('is stale once more than maxAge seconds have passed; the boundary itself is not', () => {
    const authTime = auth.claims.auth_time ?? 0;
    expect(checkRecentAuth(auth, { maxAge: 300 }, (authTime + 300) * 1000).isStale).toBe(false);
    expect(checkRecentAuth(auth, { maxAge: 300 }, (authTime + 301) * 1000)).toEqual({
      isStale: true,
      authenticatedAt: new Date(authTime * 1000),
    });
  });

  it('maxAge 0 is stale after one second', () => {
    const authTime = auth.claims.auth_time ?? 0;
    expect(checkRecentAuth(auth, { maxAge: 0 }, authTime * 1000).isStale).toBe(false);
    expect(checkRecentAuth(auth, { maxAge: 0 }, (authTime + 1) * 1000).isStale).toBe(true);
  });

  it('auth_time survives a refresh (it is the sign-in time, not the token time)', async () => {
    const service = emulatorService(emulator);
    const refreshed = await service.refreshSession(auth);
    expect(refreshed.auth.claims.auth_time).toBe(auth.claims.auth_time);
    expect(refreshed.auth.accessToken).not.toBe(auth.accessToken);
  });

  it('signed out, or a token without auth_time, is stale with authenticatedAt null', () => {
    expect(checkRecentAuth({ user: null, reason: 'no_session' }, { maxAge: 600 })).toEqual({
      isStale: true,
      authenticatedAt: null,
    });
    const { auth_time: _dropped, ...claims } = auth.claims;
    expect(checkRecentAuth({ ...auth, claims }, { maxAge: 600 })).toEqual({
      isStale: true,
      authenticatedAt: null,
    });
  });

  it.each([-1, 2.5, Number.NaN, undefined])('refuses maxAge %s', (maxAge) => {
    expect(() => checkRecentAuth(auth, { maxAge: maxAge as number })).toThrow(InvalidArgumentError);
  });
});

describe('stepUpSignInOptions', () => {
  it('builds a sign-in for the same user and organization with max_age', async () => {
    const options = stepUpSignInOptions(auth, { maxAge: 120, returnPathname: '/billing' });
    expect(options).toEqual({
      maxAge: 120,
      loginHint: 'alice@example.com',
      organizationId: defaultIds.globex,
      returnPathname: '/billing',
    });
    const { url } = await emulatorService(emulator).createSignIn(undefined, options);
    const params = new URL(url).searchParams;
    expect(params.get('max_age')).toBe('120');
    expect(params.get('login_hint')).toBe('alice@example.com');
    expect(params.get('organization_id')).toBe(defaultIds.globex);
  });

  it('refuses an invalid maxAge', () => {
    expect(() => stepUpSignInOptions(auth, { maxAge: -5 })).toThrow(InvalidArgumentError);
  });
});
