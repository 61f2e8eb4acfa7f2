/**
 * A value whose subscribers hear when it is set: the `getSnapshot` / `subscribe` pair that
 * `useSyncExternalStore` reads (the provider's auth, the access token).
 */
export interface Observable<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
  /** Replaces the value; subscribers are told unless `quiet`. */
  set(next: T, quiet?: boolean): void;
}

/** Creates an {@link Observable} holding `initial`. */
export function observable<T>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next, quiet = false) {
      value = next;
      if (!quiet) for (const listener of listeners) listener();
    },
  };
}
