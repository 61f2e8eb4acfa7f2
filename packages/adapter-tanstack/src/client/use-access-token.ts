import { accessTokenRefreshDelay, isAccessTokenDue } from '@workos/authkit-session/client';
import { useCallback, useEffect, useRef, useState } from 'react';
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
 * (never with a refresh token in the browser) shortly before it expires: the timing rule is
 * `accessTokenRefreshDelay` of `@workos/authkit-session/client` (15 s before `exp`).
 */
export function useAccessToken(): AccessTokenState {
  const auth = useAuth();
  const accessToken = auth.user ? auth.accessToken : undefined;
  const { refreshAuth } = auth;
  const [error, setError] = useState<Error | null>(null);
  const previous = useRef<string | undefined>(undefined);
  const [attempts, setAttempts] = useState(0);

  const refresh = useCallback(async () => {
    try {
      previous.current = accessToken;
      const next = await refreshAuth();
      setAttempts((n) => n + 1);
      setError(null);
      return next.user ? next.accessToken : undefined;
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
      return undefined;
    }
  }, [accessToken, refreshAuth]);

  useEffect(() => {
    if (!accessToken) return;
    // After each answer (`attempts`), the same token back means the server kept it: retry later.
    const previousToken = attempts > 0 ? previous.current : undefined;
    const delay = accessTokenRefreshDelay(accessToken, { previousToken });
    if (delay === undefined) return;
    const timer = setTimeout(() => void refresh(), delay);
    return () => clearTimeout(timer);
  }, [accessToken, refresh, attempts]);

  const getAccessToken = useCallback(async () => {
    if (accessToken && !isAccessTokenDue(accessToken)) return accessToken;
    return refresh();
  }, [accessToken, refresh]);

  return { accessToken, loading: auth.loading, error, refresh, getAccessToken };
}
