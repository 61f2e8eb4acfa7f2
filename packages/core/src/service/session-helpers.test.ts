import { defaultIds } from '@workos/authkit-emulator';
import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { sessionFromAuth } from '../core/build-auth.js';
import { OrganizationSwitchError } from '../errors.js';
import { decodeClaims } from '../jwt/claims.js';
import { emulatorService, mintAgedSession } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn, signInImpersonated } from '../test-support/sign-in.js';
import { mintTestSession } from '../testing/mint.js';
import { parseSetCookie } from '../testing/set-cookie.js';

const emulator = useTestEmulator();

const at = (cookieHeader: string) => requestWithCookies('http://localhost:3000/', cookieHeader);
const AUTHENTICATE = '/user_management/authenticate';

describe('sessionFromAuth', () => {
  it('rebuilds the stored session from a signed-in auth (tokens, user, organization)', async () => {
    const service = emulatorService(emulator);
    const { result, cookieHeader } = await signIn(service, { organizationId: defaultIds.globex });
    const stored = await service.getSession(at(cookieHeader));
    expect(sessionFromAuth(result.auth)).toEqual(stored);
    expect(sessionFromAuth(result.auth).organizationId).toBe(defaultIds.globex);
  });

  it('carries the impersonator', async () => {
    const { auth } = await signInImpersonated(emulatorService(emulator), emulator);
    expect(sessionFromAuth(auth).impersonator).toEqual({
      email: 'support@example.com',
      reason: 'ticket 42',
    });
  });
});

describe('refreshSession / switchOrganization take a SignedInAuth', () => {
  it('switches the organization of a signed-in auth and keeps the session id', async () => {
    const service = emulatorService(emulator);
    const { cookieHeader } = await signIn(service, { organizationId: defaultIds.acme });
    const { auth } = await service.withAuth(at(cookieHeader));
    if (!auth.user) throw new Error('expected a signed-in auth');
    const switched = await service.switchOrganization(auth, defaultIds.globex);
    expect(switched.auth.organizationId).toBe(defaultIds.globex);
    expect(switched.auth.sessionId).toBe(auth.sessionId);
    const again = await service.withAuth(at(`wos-session=${switched.encryptedSession}`));
    expect(again.auth.user ? again.auth.organizationId : null).toBe(defaultIds.globex);
  });

  it('refreshes a signed-in auth', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    const refreshed = await service.refreshSession(result.auth);
    expect(refreshed.auth.accessToken).not.toBe(result.auth.accessToken);
    expect(refreshed.auth.user.id).toBe(result.auth.user.id);
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(1);
  });
});

describe('switchOrganization errors', () => {
  it('refuses an empty or blank organization id without calling WorkOS', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    for (const id of ['', '   ']) {
      const error = await service.switchOrganization(result.auth, id).catch((e) => e);
      expect(error).toBeInstanceOf(OrganizationSwitchError);
      expect(error.terminal).toBe(false);
      expect(error.message).toContain('organization');
    }
    expect(emulator.calls({ grantType: 'refresh_token' })).toHaveLength(0);
  });

  it('is terminal when the session has ended at WorkOS', async () => {
    const service = emulatorService(emulator);
    const { result } = await signIn(service);
    emulator.revokeSession(result.auth.sessionId);
    const error = await service.switchOrganization(result.auth, defaultIds.globex).catch((e) => e);
    expect(error).toBeInstanceOf(OrganizationSwitchError);
    expect(error.terminal).toBe(true);
  });

  it('is not terminal for a non-member or an outage', async () => {
    const service = emulatorService(emulator);
    const bob = await signIn(service, { loginHint: 'bob@example.com' });
    const notMember = await service
      .switchOrganization(bob.result.auth, defaultIds.globex)
      .catch((e) => e);
    expect(notMember.terminal).toBe(false);
    expect(notMember.message).toContain('not a member');
    emulator.injectFault({ path: AUTHENTICATE, grantType: 'refresh_token', status: 503, times: 1 });
    const outage = await service
      .switchOrganization(bob.result.auth, defaultIds.acme)
      .catch((e) => e);
    expect(outage).toBeInstanceOf(OrganizationSwitchError);
    expect(outage.terminal).toBe(false);
  });
});

describe('getSessionId / signOut({ request })', () => {
  async function expiredSession() {
    const minted = await mintAgedSession(emulator, 3600);
    return { ...minted, sid: decodeClaims(minted.accessToken)?.sid };
  }

  it('reads the sid of an expired token while WorkOS is down', async () => {
    const service = emulatorService(emulator, { refreshCooldownSeconds: 0 });
    const { cookieHeader, sid } = await expiredSession();
    emulator.injectFault({ path: AUTHENTICATE, grantType: 'refresh_token', status: 503, times: 1 });
    const { auth } = await service.withAuth(at(cookieHeader));
    expect(auth).toEqual({ user: null, reason: 'refresh_unavailable' });
    expect(sid).toMatch(/^session_/);
    expect(await service.getSessionId(at(cookieHeader))).toBe(sid);
  });

  it('is null without a cookie, for a forged cookie, or one sealed with another password', async () => {
    const service = emulatorService(emulator);
    expect(await service.getSessionId(at(''))).toBeNull();
    expect(await service.getSessionId(at('wos-session=Fe26.2**forged'))).toBeNull();
    const other = await mintTestSession({
      emulator,
      user: 'alice@example.com',
      cookiePassword: 'another-password-that-is-at-least-32-chars',
    });
    expect(await service.getSessionId(at(other.cookieHeader))).toBeNull();
  });

  it('signOut({ request }) ends the WorkOS session of an expired token and clears the cookie', async () => {
    const service = emulatorService(emulator);
    const { cookieHeader, sid } = await expiredSession();
    const out = await service.signOut({
      request: at(cookieHeader),
      returnTo: 'http://localhost:3000/',
    });
    expect(out.sessionId).toBe(sid);
    expect(out.logoutUrl).not.toBeNull();
    const logout = new URL(out.logoutUrl as string);
    expect(logout.searchParams.get('session_id')).toBe(sid);
    expect(logout.searchParams.get('return_to')).toBe('http://localhost:3000/');
    expect(parseSetCookie(out.headers).find((c) => c.name === 'wos-session')?.cleared).toBe(true);
    const visit = await fetch(logout, { redirect: 'manual' });
    expect(visit.status).toBe(302);
    expect(emulator.sessions().find((s) => s.id === sid)?.status).toBe('revoked');
  });

  it('signOut({ request }) without a session answers logoutUrl null and still clears', async () => {
    const service = emulatorService(emulator);
    const out = await service.signOut({ request: at('wos-session.0=stale') });
    expect(out).toMatchObject({ logoutUrl: null, sessionId: null });
    const names = parseSetCookie(out.headers).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['wos-session', 'wos-session.0']));
  });

  it('signOut(sessionId) keeps its old shape', async () => {
    const service = emulatorService(emulator);
    const out = await service.signOut('session_123', { returnTo: 'http://localhost:3000/' });
    expect(Object.keys(out).sort()).toEqual(['headers', 'logoutUrl']);
    expect(new URL(out.logoutUrl).searchParams.get('session_id')).toBe('session_123');
  });
});
