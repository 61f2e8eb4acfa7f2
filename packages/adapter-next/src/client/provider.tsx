// No 'use client': rendered by a server layout, this runs on the server, so `initialAuth` is
// reduced to its browser-safe fields BEFORE React serializes the props for the browser.
import { type AuthKitProviderProps, pickClientAuth } from '@workos/authkit-session-react';
import type { ReactElement } from 'react';
import { NextAuthKitProvider } from './next-provider.js';

/**
 * Provides the auth to `useAuth()`, `useAccessToken()` and `<Impersonation>`; wrap the app in
 * it in the root layout. `initialAuth` may be the whole `await withAuth()`: only the user, ids,
 * role, permissions, entitlements, feature flags and impersonator reach the browser; never the
 * refresh token, the access token or the sealed session. `onSessionExpired` (a function) can only
 * be passed from a client component; from a server layout use the default or `false`.
 */
export function AuthKitProvider({ initialAuth, ...props }: AuthKitProviderProps): ReactElement {
  const safe = initialAuth === undefined ? undefined : pickClientAuth(initialAuth);
  return <NextAuthKitProvider {...props} initialAuth={safe} />;
}
