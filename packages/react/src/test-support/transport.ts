import { createTestSigningKey, signTestAccessToken } from '@workos/authkit-session/testing';
import { vi } from 'vitest';
import type { AuthKitTransport } from '../transport.js';

export const key = await createTestSigningKey();
export const T0 = Date.UTC(2030, 0, 1) / 1000;

export const alice = {
  object: 'user',
  id: 'user_alice',
  email: 'alice@example.com',
  emailVerified: true,
  firstName: 'Alice',
  lastName: null,
  profilePictureUrl: null,
  lastSignInAt: null,
  externalId: null,
  metadata: {},
  locale: null,
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
} as never;

/** A real signed access token (RS256, the core's test key). */
export function token(iat: number, ttl = 300, claims: Record<string, unknown> = {}) {
  return signTestAccessToken(
    key,
    { sub: 'user_alice', sid: 'session_1', iss: 'https://issuer.test', iat, ...claims },
    ttl,
  );
}

/**
 * The transport is the React layer's only boundary with the server (each adapter supplies its
 * own, tested against real servers in the adapters and in Chromium); here its answers are spies.
 */
export function testTransport() {
  return {
    getAuth: vi.fn<AuthKitTransport['getAuth']>(async () => ({ user: null })),
    refreshAuth: vi.fn<AuthKitTransport['refreshAuth']>(async () => ({ user: null })),
    switchToOrganization: vi.fn<AuthKitTransport['switchToOrganization']>(async () => ({
      user: null,
    })),
    signOut: vi.fn<AuthKitTransport['signOut']>(async () => 'https://logout.test/'),
    getAccessToken: vi.fn<AuthKitTransport['getAccessToken']>(async () => undefined),
    refreshAccessToken: vi.fn<AuthKitTransport['refreshAccessToken']>(async () => undefined),
    checkSession: vi.fn<AuthKitTransport['checkSession']>(async () => true),
    getOrganization: vi.fn<AuthKitTransport['getOrganization']>(async () => null),
  } satisfies AuthKitTransport;
}
