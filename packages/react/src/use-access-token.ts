'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useAuthKitContext } from './context.js';
import type { UseAccessTokenReturn } from './types.js';

/**
 * The signed-in user's access token for calling your APIs from the browser. All hooks under one
 * provider share one token; shortly before it expires (15 s before `exp`, see
 * `accessTokenRefreshDelay` in `@workos/authkit-session/client`) the server is asked for a fresh
 * one. The refresh token never leaves the server.
 */
export function useAccessToken(): UseAccessTokenReturn {
  const { session } = useAuthKitContext('useAccessToken()');
  const { tokens } = session;
  const state = useSyncExternalStore(tokens.subscribe, tokens.getSnapshot, tokens.getSnapshot);
  useEffect(() => {
    tokens.retain();
    return tokens.release;
  }, [tokens]);
  return useMemo(
    () => ({ ...state, refresh: tokens.refresh, getAccessToken: tokens.getAccessToken }),
    [state, tokens],
  );
}
