import { useServerFn } from '@tanstack/react-start';
import {
  createAccessTokenSource,
  type AccessTokenState as SourceState,
} from '@workos/authkit-session/client';
import { useEffect, useMemo, useState } from 'react';
import { getAccessToken as getAccessTokenFn } from '../server-functions.js';
import { useAuth } from './provider.js';

/** What `useAccessToken()` returns. */
export interface AccessTokenState {
  /** The current access token, or `undefined` when signed out or loading. */
  accessToken: string | undefined;
  loading: boolean;
  error: Error | null;
  /** Asks the server again and returns the access token. */
  refresh: () => Promise<string | undefined>;
  /** The access token, refreshed first when it is expired or about to expire. */
  getAccessToken: () => Promise<string | undefined>;
}

/**
 * The access token for calling your APIs from the browser. It is fetched on demand from the
 * `getAccessToken` server function (it is never part of the server-rendered page), and asked
 * for again shortly before it expires, never with a refresh token in the browser: the timing
 * rule is `accessTokenRefreshDelay` of `@workos/authkit-session/client` (15 s before `exp`).
 */
export function useAccessToken(): AccessTokenState {
  const auth = useAuth();
  // A new session or organization means a new token: fetch it again.
  const session = auth.user ? `${auth.sessionId}:${auth.organizationId ?? ''}` : undefined;
  const callGetAccessToken = useServerFn(getAccessTokenFn);
  const [state, setState] = useState<SourceState>({
    accessToken: undefined,
    loading: true,
    error: null,
  });
  const source = useMemo(
    () =>
      createAccessTokenSource({
        fetch: async () => (await callGetAccessToken())?.accessToken,
        onChange: setState,
      }),
    [callGetAccessToken],
  );
  useEffect(() => {
    if (session) source.start();
    else if (!auth.loading) source.update(undefined);
  }, [source, session, auth.loading]);
  useEffect(() => source.stop, [source]);
  const { refresh, getAccessToken } = source;
  return {
    accessToken: session ? state.accessToken : undefined,
    loading: auth.loading || (session !== undefined && state.loading),
    error: state.error,
    refresh,
    getAccessToken,
  };
}
