'use client';

import { type AccessTokenState, createAccessTokenSource } from '@workos/authkit-session/client';
import { useEffect, useMemo, useState } from 'react';
import { getAccessTokenAction, refreshAccessTokenAction } from '../actions.js';

/** What `useAccessToken()` returns. */
export interface UseAccessTokenResult extends AccessTokenState {
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
  const [state, setState] = useState<AccessTokenState>({
    accessToken: undefined,
    loading: true,
    error: null,
  });
  const source = useMemo(
    () =>
      createAccessTokenSource({
        fetch: async () => (await getAccessTokenAction())?.accessToken,
        refresh: async () => (await refreshAccessTokenAction())?.accessToken,
        onChange: setState,
      }),
    [],
  );
  useEffect(() => {
    source.start();
    return source.stop;
  }, [source]);
  return { ...state, refresh: source.refresh };
}
