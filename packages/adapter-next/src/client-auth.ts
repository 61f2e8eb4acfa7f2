import type { AuthResult } from '@workos/authkit-session';
import type { ClientAccessToken, ClientAuth } from './client/types.js';

/** The client-safe part of an auth result (no tokens), e.g. for `<AuthKitProvider initialAuth>`. */
export function toClientAuth(auth: AuthResult): ClientAuth {
  if (!auth.user) return { user: null };
  const { accessToken: _a, refreshToken: _r, claims: _c, ...clientSafe } = auth;
  return clientSafe;
}

/** The access token of an auth result and its expiry, for `useAccessToken()`. */
export function toClientToken(auth: AuthResult): ClientAccessToken | null {
  return auth.user ? { accessToken: auth.accessToken, expiresAt: auth.claims.exp * 1000 } : null;
}
