/** Options of {@link createAuthStore}. */
export interface AuthStoreOptions<TAuth> {
  /** The auth the server rendered with, if any (skips the first fetch). */
  initialAuth?: TAuth;
  /** Fetches the current auth from the server. */
  fetch: () => Promise<TAuth>;
  /** What a failed first fetch reads as (signed out). */
  signedOut: TAuth;
}

/**
 * A framework-free holder of the browser's auth state, shaped for React's `useSyncExternalStore`:
 * the state behind adapters' `<AuthKitProvider>`. `getSnapshot()` is `undefined` while loading.
 */
export interface AuthStore<TAuth> {
  getSnapshot(): TAuth | undefined;
  subscribe(listener: () => void): () => void;
  set(auth: TAuth): void;
  /** Fetches the auth once when none is known yet; a failure reads as signed out. */
  load(): void;
  /** Runs `action` (default: fetch) and stores its result; failures reject and change nothing. */
  refresh(action?: () => Promise<TAuth>): Promise<TAuth>;
}

/** Creates an {@link AuthStore}. */
export function createAuthStore<TAuth>(options: AuthStoreOptions<TAuth>): AuthStore<TAuth> {
  let auth = options.initialAuth;
  let loading = false;
  const listeners = new Set<() => void>();
  const store: AuthStore<TAuth> = {
    getSnapshot: () => auth,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === auth) return;
      auth = next;
      for (const listener of listeners) listener();
    },
    load() {
      if (auth !== undefined || loading) return;
      loading = true;
      options.fetch().then(store.set, () => store.set(options.signedOut));
    },
    async refresh(action = options.fetch) {
      const next = await action();
      store.set(next);
      return next;
    },
  };
  return store;
}
