import { BoundedMap } from '../util/bounded-map.js';

/**
 * Runs at most one task per key at a time; callers arriving while it runs, or within
 * `reuseMs` after it succeeded, get the same result. Failures are not reused.
 */
export class SingleFlight<T> {
  private readonly inflight = new Map<string, Promise<T>>();
  private readonly recent: BoundedMap<string, { value: T; until: number }>;

  constructor(
    private readonly reuseMs: number,
    maxRecent = 1000,
  ) {
    this.recent = new BoundedMap(maxRecent);
  }

  /** Runs `task` for `key`, or joins/reuses the run already made for it. */
  run(key: string, task: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const recent = this.recent.get(key);
    if (recent && recent.until > now) return Promise.resolve(recent.value);
    if (recent) this.recent.delete(key);
    const running = this.inflight.get(key);
    if (running) return running;
    const promise = (async () => {
      try {
        const value = await task();
        this.remember(key, value);
        return value;
      } finally {
        this.inflight.delete(key);
      }
    })();
    this.inflight.set(key, promise);
    return promise;
  }

  private remember(key: string, value: T): void {
    const now = Date.now();
    // Entries are in expiry order (one reuse window for all): drop the expired ones in front.
    for (const [k, entry] of this.recent) {
      if (entry.until > now) break;
      this.recent.delete(k);
    }
    this.recent.set(key, { value, until: now + this.reuseMs });
  }
}
