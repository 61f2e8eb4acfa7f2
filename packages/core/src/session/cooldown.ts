import { BoundedMap } from '../util/bounded-map.js';

/**
 * Remembers, per key, until when an operation should not be retried (e.g. a refresh that just
 * failed transiently). Bounded: the oldest keys are dropped first.
 */
export class Cooldown {
  private readonly until: BoundedMap<string, number>;

  constructor(maxKeys = 1000) {
    this.until = new BoundedMap(maxKeys);
  }

  /** True while `key` is cooling down. */
  active(key: string, now = Date.now()): boolean {
    const until = this.until.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.until.delete(key);
    return false;
  }

  /** Starts (or extends) the cool-down of `key` for `ms` milliseconds. */
  start(key: string, ms: number, now = Date.now()): void {
    if (ms > 0) this.until.set(key, now + ms);
  }

  /** Forgets every key. */
  clear(): void {
    this.until.clear();
  }
}
