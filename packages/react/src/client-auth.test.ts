import { describe, expect, it } from 'vitest';
import { pickClientAuth } from './client-auth.js';

const user = { id: 'user_1', email: 'alice@example.com' };

describe('pickClientAuth', () => {
  it('keeps only the browser-safe fields of a whole server auth result', () => {
    const browserSafe = {
      user,
      sessionId: 'session_1',
      organizationId: 'org_1',
      role: 'admin',
      roles: ['admin'],
      permissions: ['widgets:read'],
      entitlements: ['sso'],
      featureFlags: ['beta'],
    };
    const serverAuth = {
      ...browserSafe,
      impersonator: { email: 'admin@example.com', reason: 'ticket', extra: 'x' },
      accessToken: 'header.payload.signature',
      refreshToken: 'refresh_secret',
      sealedSession: 'Fe26.2**sealed',
      claims: { sid: 'session_1' },
      reason: undefined,
    };
    expect(pickClientAuth(serverAuth)).toEqual({
      ...browserSafe,
      impersonator: { email: 'admin@example.com', reason: 'ticket' },
    });
    expect(pickClientAuth(serverAuth, { accessToken: true }).accessToken).toBe(
      'header.payload.signature',
    );
  });

  it('reads anything without a user object as signed out, and drops mistyped fields', () => {
    for (const input of [
      undefined,
      null,
      'x',
      [],
      {},
      { user: null, refreshToken: 'r' },
      { user: 'id' },
    ]) {
      expect(pickClientAuth(input)).toEqual({ user: null });
    }
    expect(
      pickClientAuth({ user, sessionId: 5, roles: ['a', 1], impersonator: { reason: 'r' } }),
    ).toEqual({
      user,
    });
  });
});
