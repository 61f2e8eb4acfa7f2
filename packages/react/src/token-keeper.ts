import {
  type AccessTokenState,
  type ClientAuth,
  createAccessTokenSource,
} from '@workos/authkit-session/client';
import type { PickedAuth } from './client-auth.js';
import { observable } from './observable.js';

/** Options of {@link createTokenKeeper}. */
export interface TokenKeeperOptions {
  fetch: () => Promise<string | undefined>;
  refresh: () => Promise<string | undefined>;
  /** A token the server already handed over (TanStack's `getAuth()`), used before asking again. */
  initialToken?: string;
  /** Whether the provider starts signed in (signed out: no fetch until the auth changes). */
  signedIn: boolean;
}

/**
 * The access token shared by every `useAccessToken()` under one provider: one timer, one request
 * at a time. It runs only while a hook is mounted (`retain`/`release`), on top of the core's
 * `createAccessTokenSource` (asks the server 15 s before `exp`).
 */
export interface TokenKeeper {
  getSnapshot(): AccessTokenState;
  subscribe(listener: () => void): () => void;
  retain(): void;
  release(): void;
  refresh(): Promise<string | undefined>;
  /** The token, refreshed first when it is about to expire; rejects when that refresh failed. */
  getAccessToken(): Promise<string | undefined>;
  /** Follows a new auth state: adopts its token, forgets it when signed out, else asks again. */
  authChanged(next: PickedAuth, previous: ClientAuth): void;
}

const idle: AccessTokenState = { accessToken: undefined, loading: false, error: null };

/** Creates a {@link TokenKeeper}. */
export function createTokenKeeper(options: TokenKeeperOptions): TokenKeeper {
  let seed = options.initialToken;
  let signedIn = options.signedIn;
  let users = 0;
  const state = observable<AccessTokenState>(
    signedIn ? { accessToken: seed, loading: seed === undefined, error: null } : idle,
  );
  const source = createAccessTokenSource({
    fetch: options.fetch,
    refresh: options.refresh,
    onChange: (next) => {
      seed = next.accessToken;
      state.set(next);
    },
  });
  const begin = () => {
    if (!signedIn) source.update(undefined);
    else if (seed !== undefined) source.update(seed);
    else source.start();
  };

  return {
    getSnapshot: state.getSnapshot,
    subscribe: state.subscribe,
    retain() {
      users += 1;
      if (users === 1) begin();
    },
    release() {
      users -= 1;
      if (users === 0) source.stop();
    },
    refresh: () => source.refresh(),
    async getAccessToken() {
      if (!signedIn) return undefined;
      const token = await source.getAccessToken();
      if (token === undefined && state.getSnapshot().error) throw state.getSnapshot().error;
      return token;
    },
    authChanged(next, previous) {
      signedIn = Boolean(next.user);
      const sameSession =
        next.user !== null &&
        previous.user !== null &&
        next.sessionId === previous.sessionId &&
        next.organizationId === previous.organizationId;
      if (next.accessToken !== undefined) seed = next.accessToken;
      else if (!sameSession) seed = undefined;
      if (users > 0 && !(sameSession && next.accessToken === undefined)) begin();
      else if (users === 0 && !signedIn) state.set(idle, true);
    },
  };
}
