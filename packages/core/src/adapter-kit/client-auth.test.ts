import { useTestEmulator } from '@workos/authkit-emulator/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { emulatorService } from '../test-support/emulator-service.js';
import { signIn } from '../test-support/sign-in.js';
import type { SignedInAuth } from '../types.js';
import { toClientAuth, toClientToken } from './client-auth.js';

const emulator = useTestEmulator({ port: 0, resetBeforeEach: false });
let auth: SignedInAuth;

beforeAll(async () => {
  const { result } = await signIn(emulatorService(emulator));
  auth = result.auth;
});

describe('toClientAuth', () => {
  it('never lets the refresh token or the raw claims of a real sign-in reach the browser', () => {
    const view = toClientAuth(auth);
    const json = JSON.stringify(view);
    expect(json).not.toContain(auth.refreshToken);
    expect(json).not.toContain(auth.accessToken);
    expect(view).not.toHaveProperty('claims');
    expect(view).toEqual({
      user: auth.user,
      sessionId: auth.sessionId,
      organizationId: auth.organizationId,
      role: auth.role,
      ...(auth.roles && { roles: auth.roles }),
      ...(auth.permissions && { permissions: auth.permissions }),
      ...(auth.entitlements && { entitlements: auth.entitlements }),
      ...(auth.featureFlags && { featureFlags: auth.featureFlags }),
    });
    expect(JSON.parse(json)).toEqual(view);
  });

  it('keeps the access token (only) when asked', () => {
    const view = toClientAuth(auth, { accessToken: true });
    expect(view.accessToken).toBe(auth.accessToken);
    expect(JSON.stringify(view)).not.toContain(auth.refreshToken);
  });

  it('reduces any signed-out result to { user: null }', () => {
    expect(toClientAuth({ user: null, reason: 'session_expired' })).toEqual({ user: null });
    expect(toClientAuth({ user: null, reason: 'no_session' }, { accessToken: true })).toEqual({
      user: null,
    });
  });
});

describe('toClientToken', () => {
  it('gives the access token and its exp in milliseconds', () => {
    expect(toClientToken(auth)).toEqual({
      accessToken: auth.accessToken,
      expiresAt: auth.claims.exp * 1000,
    });
    expect(toClientToken({ user: null, reason: 'no_session' })).toBeNull();
  });
});
