'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { getAccessTokenAction, refreshAccessTokenAction } from '../actions.js';
import { refreshDelayMs } from './token-timing.js';
import type { ClientAccessToken } from './types.js';

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
 * expires the hook asks the server again (a server action going through the proxy, which
 * refreshes the session the same way a page load does), so the token stays usable.
 */
export function useAccessToken(): UseAccessTokenResult {
  const [token, setToken] = useState<ClientAccessToken | null | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const issuedAt = useRef(Date.now());
  const unchanged = useRef(false);

  const load = useCallback(async (action: () => Promise<ClientAccessToken | null>) => {
    try {
      const next = await action();
      setToken((previous) => {
        unchanged.current = previous?.accessToken === next?.accessToken;
        if (!unchanged.current) issuedAt.current = Date.now();
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
    const lifetime = token.expiresAt - issuedAt.current;
    const due = refreshDelayMs(token.expiresAt, Date.now(), lifetime);
    // The server kept the same token (not due yet by its clock): do not ask again at once.
    const delay = unchanged.current ? Math.max(due, 1000) : due;
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
