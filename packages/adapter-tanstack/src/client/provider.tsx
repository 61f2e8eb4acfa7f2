import { useServerFn } from '@tanstack/react-start';
import { createAuthStore, UsageError } from '@workos/authkit-session/client';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ClientAuth } from '../client-auth.js';
import { getAuth, signOut as signOutFn } from '../server-functions.js';

/** What `useAuth()` returns: the auth fields plus loading state and actions. */
export type AuthContextValue = ClientAuth & {
  /** True until the first auth result is known (only without `initialAuth`). */
  loading: boolean;
  /** Fetches the auth state again (the server refreshes an expiring session on the way). */
  refreshAuth: () => Promise<ClientAuth>;
  /** Signs out through the `signOut` server function and follows its redirect. */
  signOut: (options?: { returnTo?: string }) => Promise<void>;
};

const AuthContext = createContext<AuthContextValue | null>(null);

/** Props of `AuthKitProvider`. */
export interface AuthKitProviderProps {
  children: ReactNode;
  /** The result of `getAuth()` from a loader, so the first render already knows the user. */
  initialAuth?: ClientAuth;
}

/** Provides the auth state to `useAuth()` and `useAccessToken()`. Place it in the root route. */
export function AuthKitProvider({ children, initialAuth }: AuthKitProviderProps) {
  const [store] = useState(() =>
    createAuthStore<ClientAuth>({ initialAuth, fetch: () => getAuth(), signedOut: { user: null } }),
  );
  const auth = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const callSignOut = useServerFn(signOutFn);
  useEffect(() => (initialAuth ? store.set(initialAuth) : store.load()), [store, initialAuth]);

  const actions = useMemo<Pick<AuthContextValue, 'refreshAuth' | 'signOut'>>(
    () => ({
      refreshAuth: () => store.refresh(),
      signOut: async (options) => {
        await callSignOut({ data: options ?? {} });
      },
    }),
    [store, callSignOut],
  );
  const value = useMemo<AuthContextValue>(
    () => ({ ...(auth ?? { user: null }), loading: auth === undefined, ...actions }),
    [auth, actions],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current auth state. Must be used under `AuthKitProvider`. */
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
