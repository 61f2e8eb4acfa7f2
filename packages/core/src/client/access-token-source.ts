import { accessTokenRefreshDelay, isAccessTokenDue } from './token-timing.js';

/** What an {@link AccessTokenSource} reports to its owner (a hook's state). */
export interface AccessTokenState {
  /** The current access token, or `undefined` while loading or when signed out. */
  accessToken: string | undefined;
  loading: boolean;
  error: Error | null;
}

/** Options of {@link createAccessTokenSource}. */
export interface AccessTokenSourceOptions {
  /** Asks the server for the current token; the server refreshes the session when it is due. */
  fetch: () => Promise<string | undefined>;
  /** Forces a refresh on the server (default: `fetch`). */
  refresh?: () => Promise<string | undefined>;
  /** Called with every new state. */
  onChange: (state: AccessTokenState) => void;
}

/** A framework-free access-token keeper: the state and timers behind adapters' `useAccessToken()`. */
export interface AccessTokenSource {
  /** Fetches the first token and keeps it fresh (until {@link AccessTokenSource.stop}). */
  start(): void;
  /** Adopts a token obtained elsewhere (e.g. a new auth state) and keeps it fresh. */
  update(token: string | undefined): void;
  /** Clears the timer and stops reporting (a component unmounted). */
  stop(): void;
  /** Forces a refresh and resolves the new token. */
  refresh(): Promise<string | undefined>;
  /** The current token when it is not about to expire, else a freshly fetched one. */
  getAccessToken(): Promise<string | undefined>;
}

/**
 * Keeps an access token fresh without a refresh token in the browser: asks the server again at
 * {@link accessTokenRefreshDelay} (15 s before `exp`), and, when the server kept the same token,
 * no sooner than a second later. Errors are reported in the state, never thrown by the timer.
 */
export function createAccessTokenSource(options: AccessTokenSourceOptions): AccessTokenSource {
  let state: AccessTokenState = { accessToken: undefined, loading: true, error: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedFor: string | undefined;
  let stopped = false;

  const emit = (next: Partial<AccessTokenState>) => {
    state = { ...state, ...next };
    if (!stopped) options.onChange(state);
  };
  const schedule = (previousToken?: string) => {
    clearTimeout(timer);
    armedFor = state.accessToken;
    const delay = armedFor ? accessTokenRefreshDelay(armedFor, { previousToken }) : undefined;
    if (delay !== undefined && !stopped) timer = setTimeout(() => void load(options.fetch), delay);
  };
  const load = async (action: () => Promise<string | undefined>) => {
    const previous = state.accessToken;
    try {
      const accessToken = await action();
      emit({ accessToken, loading: false, error: null });
      schedule(previous);
      return accessToken;
    } catch (cause) {
      emit({ loading: false, error: cause instanceof Error ? cause : new Error(String(cause)) });
      return undefined;
    }
  };
  const forced = () => load(options.refresh ?? options.fetch);

  return {
    start() {
      stopped = false;
      void load(options.fetch);
    },
    update(token) {
      stopped = false;
      if (token === state.accessToken && token === armedFor && !state.loading) return;
      emit({ accessToken: token, loading: false });
      schedule();
    },
    stop() {
      stopped = true;
      armedFor = undefined;
      clearTimeout(timer);
    },
    refresh: forced,
    getAccessToken: async () => {
      const token = state.accessToken;
      return token && !isAccessTokenDue(token) ? token : forced();
    },
  };
}
