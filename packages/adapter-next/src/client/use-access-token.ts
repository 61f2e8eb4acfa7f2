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
 * The signed-in user's access token for calling your APIs from the browser. It is refreshed
 * through a server action shortly before it expires, so it is always usable.
 */
export function useAccessToken(): UseAccessTokenResult {
  const [token, setToken] = useState<ClientAccessToken | null | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const issuedAt = useRef(Date.now());

  const load = useCallback(async (action: () => Promise<ClientAccessToken | null>) => {
    try {
      const next = await action();
      issuedAt.current = Date.now();
      setToken(next);
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
    const delay = refreshDelayMs(token.expiresAt, Date.now(), token.expiresAt - issuedAt.current);
    const timer = setTimeout(() => void load(refreshAccessTokenAction), delay);
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
