'use client';

import { type ClientAuth, createAuthStore, UsageError } from '@workos/authkit-session/client';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { getAuthAction, refreshAuthAction, signOutAction } from '../actions.js';

/** What `useAuth()` returns. */
export type AuthContextValue = ClientAuth & {
  /** True until the first auth state is known. */
  loading: boolean;
  /** Re-reads the session from the server, refreshing it (optionally into another organization). */
  refreshAuth: (options?: { organizationId?: string }) => Promise<ClientAuth>;
  /** Signs out and navigates to the WorkOS logout URL. */
  signOut: (options?: { returnTo?: string }) => Promise<void>;
};

const AuthContext = createContext<AuthContextValue | null>(null);

/** Props of {@link AuthKitProvider}. */
export interface AuthKitProviderProps {
  children: ReactNode;
  /** Auth from the server (`toClientAuth(await withAuth())` in a layout) to skip the first fetch. */
  initialAuth?: ClientAuth;
}

/** Provides the auth state to `useAuth()`; wrap the app in it in the root layout. */
export function AuthKitProvider({ children, initialAuth }: AuthKitProviderProps) {
  const [store] = useState(() =>
    createAuthStore<ClientAuth>({ initialAuth, fetch: getAuthAction, signedOut: { user: null } }),
  );
  const auth = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => store.load(), [store]);

  const actions = useMemo<Pick<AuthContextValue, 'refreshAuth' | 'signOut'>>(
    () => ({
      refreshAuth: (options = {}) => store.refresh(() => refreshAuthAction(options.organizationId)),
      signOut: async (options = {}) => {
        const url = await signOutAction(options.returnTo);
        store.set({ user: null });
        window.location.assign(url);
      },
    }),
    [store],
  );
  const value = useMemo<AuthContextValue>(
    () => ({ ...(auth ?? { user: null }), loading: auth === undefined, ...actions }),
    [auth, actions],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current auth in a client component. Must be used inside {@link AuthKitProvider}. */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new UsageError(
      'useAuth() must be used inside <AuthKitProvider>.',
      'provider_not_mounted',
    );
  }
  return value;
}
