import type { SignedInAuth } from '@workos/authkit-session';
import { describe, expect, it } from 'vitest';
import { toClientAuth } from './client-auth.js';

const signedIn = {
  user: { id: 'user_1', email: 'alice@example.com' },
  sessionId: 'session_1',
  accessToken: 'header.payload.signature',
  refreshToken: 'refresh_secret',
  claims: { sid: 'session_1', sub: 'user_1', org_id: 'org_1' },
  organizationId: 'org_1',
  role: 'admin',
  permissions: ['widgets:write'],
} as unknown as SignedInAuth;

describe('toClientAuth', () => {
  it('never lets the refresh token or the raw claims reach the browser', () => {
    const client = toClientAuth(signedIn);
    expect(JSON.stringify(client)).not.toContain('refresh_secret');
    expect(client).not.toHaveProperty('claims');
    expect(client).toEqual({
      user: signedIn.user,
      sessionId: 'session_1',
      accessToken: 'header.payload.signature',
      organizationId: 'org_1',
      role: 'admin',
      permissions: ['widgets:write'],
    });
  });

  it('reduces any signed-out result to { user: null }', () => {
    expect(toClientAuth({ user: null, reason: 'session_expired' })).toEqual({ user: null });
  });
});
