'use client';

import {
  type ReactElement,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { createAuthSession } from './auth-session.js';
import { AuthKitContext, type AuthKitContextValue } from './context.js';
import { useSessionExpiry } from './session-expiry.js';
import type { AuthKitTransport } from './transport.js';
import type { AuthContextType, AuthKitProviderProps } from './types.js';

/** Props of {@link AuthKitCoreProvider}: the public props plus the adapter's transport. */
export interface AuthKitCoreProviderProps extends AuthKitProviderProps {
  /** How this framework reaches the server (an adapter supplies it). */
  transport: AuthKitTransport;
}

/**
 * The provider every adapter's `<AuthKitProvider>` renders, with its own transport. Apps use
 * their adapter's `AuthKitProvider` (`@workos/authkit-next/client`,
 * `@workos/authkit-tanstack-start/client`), not this one.
 */
export function AuthKitCoreProvider({
  transport,
  initialAuth,
  onSessionExpired,
  children,
}: AuthKitCoreProviderProps): ReactElement {
  const transportRef = useRef(transport);
  transportRef.current = transport;
  const [current] = useState(() => () => transportRef.current);
  const [session] = useState(() => createAuthSession(current, initialAuth));
  const snapshot = useSyncExternalStore(
    session.subscribe,
    session.getSnapshot,
    session.getSnapshot,
  );
  useEffect(() => session.load(), [session]);
  const firstAuth = useRef(initialAuth);
  useEffect(() => {
    // The first `initialAuth` seeded the session; later ones (the server rendered again) update it.
    if (initialAuth !== firstAuth.current) session.sync(initialAuth);
  }, [session, initialAuth]);
  useSessionExpiry(session, current, onSessionExpired);

  const value = useMemo<AuthKitContextValue>(() => {
    const { auth, loading } = snapshot;
    const context: AuthContextType = {
      user: auth.user,
      sessionId: auth.sessionId,
      organizationId: auth.organizationId,
      role: auth.role,
      roles: auth.roles,
      permissions: auth.permissions,
      entitlements: auth.entitlements,
      featureFlags: auth.featureFlags,
      impersonator: auth.impersonator,
      loading,
      getAuth: session.getAuth,
      refreshAuth: session.refreshAuth,
      signOut: session.signOut,
      switchToOrganization: session.switchToOrganization,
    };
    return { value: context, session, transport: current };
  }, [snapshot, session, current]);
  return <AuthKitContext.Provider value={value}>{children}</AuthKitContext.Provider>;
}
