/**
 * Remembers, per key, until when an operation should not be retried (e.g. a refresh that just
 * failed transiently). Bounded: the oldest keys are dropped first.
 */
export class Cooldown {
  private readonly until = new Map<string, number>();

  constructor(private readonly maxKeys = 1000) {}

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
    if (!(ms > 0)) return;
    this.until.delete(key);
    this.until.set(key, now + ms);
    while (this.until.size > this.maxKeys) {
      this.until.delete(this.until.keys().next().value as string);
    }
  }

  /** Forgets every key. */
  clear(): void {
    this.until.clear();
  }
}
