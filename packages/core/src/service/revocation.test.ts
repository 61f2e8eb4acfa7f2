import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { describe, expect, it } from 'vitest';
import { REFRESH_REUSE_MS } from '../core/shared-state.js';
import { emulatorService } from '../test-support/emulator-service.js';
import { requestWithCookies } from '../test-support/fetch-storage.js';
import { signIn } from '../test-support/sign-in.js';

const emulator = useTestEmulator();
const refreshCalls = () => emulator.calls({ grantType: 'refresh_token' }).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// docs/guarantees.md, "Revocation": what a cookie copied before sign-out is still good for.
describe('a cookie copied before sign-out', () => {
  it('is accepted until its access token expires (plus the clock tolerance), then signed out for good', async () => {
    const TTL = 3;
    const TOLERANCE = 1;
    emulator.setAccessTokenTtl(TTL);
    const service = emulatorService(emulator, { clockToleranceSeconds: TOLERANCE });
    const { cookieHeader, result } = await signIn(service);
    const copy = () => requestWithCookies('http://localhost:3000/', cookieHeader);

    // The user signs out elsewhere: the cookie is cleared there and WorkOS ends the session.
    const { logoutUrl } = await service.signOut({ request: copy() });
    expect(logoutUrl).toContain(result.auth.sessionId);
    expect(emulator.revokeSession(result.auth.sessionId)).toBe(true);

    // The copy still verifies offline (no WorkOS call) while its token is valid.
    expect((await service.withAuth(copy())).auth.user?.email).toBe('alice@example.com');
    expect(refreshCalls()).toBe(0);
    expect(result.auth.claims.exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(TTL + 1);

    // Past exp + tolerance it is refreshed once, refused, cleared, and remembered.
    await sleep((result.auth.claims.exp + TOLERANCE) * 1000 + 300 - Date.now());
    const after = await service.withAuth(copy());
    expect(after.auth).toEqual({ user: null, reason: 'session_expired' });
    expect(String(after.headers?.['Set-Cookie'])).toMatch(/^wos-session=;/);
    for (let i = 0; i < 5; i++) expect((await service.withAuth(copy())).auth.user).toBeNull();
    expect(refreshCalls()).toBe(1);
    expect(REFRESH_REUSE_MS).toBe(10_000);
  }, 15_000);
});
