import { useCallback, useEffect, useState } from 'react';
import { refreshDueAt } from './jwt.js';
import { useAuth } from './provider.js';

/** What `useAccessToken()` returns. */
export interface AccessTokenState {
  /** The current access token, or `undefined` when signed out or loading. */
  accessToken: string | undefined;
  loading: boolean;
  error: Error | null;
  /** Fetches a fresh auth state and returns its access token. */
  refresh: () => Promise<string | undefined>;
  /** The access token, refreshed first when it is expired or about to expire. */
  getAccessToken: () => Promise<string | undefined>;
}

/**
 * The access token for calling your APIs from the browser. It is refreshed through the server
 * (never with a refresh token in the browser) shortly before it expires.
 */
export function useAccessToken(): AccessTokenState {
  const auth = useAuth();
  const accessToken = auth.user ? auth.accessToken : undefined;
  const { refreshAuth } = auth;
  const [error, setError] = useState<Error | null>(null);

  const refresh = useCallback(async () => {
    try {
      const next = await refreshAuth();
      setError(null);
      return next.user ? next.accessToken : undefined;
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
      return undefined;
    }
  }, [refreshAuth]);

  useEffect(() => {
    const due = accessToken ? refreshDueAt(accessToken) : undefined;
    if (due === undefined) return;
    const timer = setTimeout(() => void refresh(), Math.max(0, due - Date.now()));
    return () => clearTimeout(timer);
  }, [accessToken, refresh]);

  const getAccessToken = useCallback(async () => {
    const due = accessToken ? refreshDueAt(accessToken) : undefined;
    const fresh = due !== undefined && due > Date.now();
    return fresh ? accessToken : refresh();
  }, [accessToken, refresh]);

  return { accessToken, loading: auth.loading, error, refresh, getAccessToken };
}
