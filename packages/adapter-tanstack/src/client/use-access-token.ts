import { createAccessTokenSource } from '@workos/authkit-session/client';
import { useEffect, useMemo, useState } from 'react';
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
  const source = useMemo(
    () =>
      createAccessTokenSource({
        fetch: async () => {
          const next = await refreshAuth();
          return next.user ? next.accessToken : undefined;
        },
        onChange: (state) => setError(state.error),
      }),
    [refreshAuth],
  );
  useEffect(() => source.update(accessToken), [source, accessToken]);
  useEffect(() => source.stop, [source]);
  const { refresh, getAccessToken } = source;
  return { accessToken, loading: auth.loading, error, refresh, getAccessToken };
}
