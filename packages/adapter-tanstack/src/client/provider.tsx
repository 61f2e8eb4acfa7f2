import { useServerFn } from '@tanstack/react-start';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
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
  const [auth, setAuth] = useState<ClientAuth | undefined>(initialAuth);
  const callSignOut = useServerFn(signOutFn);

  useEffect(() => {
    if (initialAuth) setAuth(initialAuth);
  }, [initialAuth]);

  const refreshAuth = useCallback(async () => {
    const next = await getAuth();
    setAuth(next);
    return next;
  }, []);

  useEffect(() => {
    if (!auth) void refreshAuth().catch(() => setAuth({ user: null }));
  }, [auth, refreshAuth]);

  const signOut = useCallback(
    async (options?: { returnTo?: string }) => {
      await callSignOut({ data: options ?? {} });
    },
    [callSignOut],
  );

  const value = useMemo<AuthContextValue>(
    () => ({ ...(auth ?? { user: null }), loading: auth === undefined, refreshAuth, signOut }),
    [auth, refreshAuth, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current auth state. Must be used under `AuthKitProvider`. */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() must be used inside <AuthKitProvider>.');
  return value;
}
