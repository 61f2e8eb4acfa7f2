'use client';

import { accessTokenRefreshDelay, type ClientAccessToken } from '@workos/authkit-session/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getAccessTokenAction, refreshAccessTokenAction } from '../actions.js';

/** What `useAccessToken()` returns. */
export interface UseAccessTokenResult {
  /** The current access token, or `undefined` while loading or when signed out. */
  accessToken: string | undefined;
  loading: boolean;
  error: Error | null;
  /** Forces a refresh and returns the new token. */
  refresh: () => Promise<string | undefined>;
}

/**
 * The signed-in user's access token for calling your APIs from the browser. Shortly before it
 * expires (see `accessTokenRefreshDelay` in `@workos/authkit-session/client`) the hook asks the
 * server again (a server action going through the proxy, which refreshes the session the same
 * way a page load does), so the token stays usable.
 */
export function useAccessToken(): UseAccessTokenResult {
  const [token, setToken] = useState<ClientAccessToken | null | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const previous = useRef<string | undefined>(undefined);

  const load = useCallback(async (action: () => Promise<ClientAccessToken | null>) => {
    try {
      const next = await action();
      setToken((current) => {
        previous.current = current?.accessToken;
        return next;
      });
      setError(null);
      return next?.accessToken;
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
      return undefined;
    }
  }, []);

  useEffect(() => {
    void load(getAccessTokenAction);
  }, [load]);

  useEffect(() => {
    if (!token) return;
    const delay = accessTokenRefreshDelay(token.accessToken, { previousToken: previous.current });
    if (delay === undefined) return;
    const timer = setTimeout(() => void load(getAccessTokenAction), delay);
    return () => clearTimeout(timer);
  }, [token, load]);

  const refresh = useCallback(() => load(refreshAccessTokenAction), [load]);
  return {
    accessToken: token?.accessToken,
    loading: token === undefined && !error,
    error,
    refresh,
  };
}
