/** A bounded least-recently-used map whose entries also expire at a given time. */
export class ExpiringLruCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(private readonly maxSize: number) {}

  /** The live entry for `key` (and marks it recently used), or `undefined`. */
  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value` until `expiresAt` (ms), evicting the least recently used entries. */
  set(key: string, value: V, expiresAt: number, now = Date.now()): void {
    if (this.maxSize <= 0 || expiresAt <= now) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt });
    while (this.entries.size > this.maxSize) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Removes `key`. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Number of stored entries (live or not yet pruned). */
  get size(): number {
    return this.entries.size;
  }

  /** Removes everything. */
  clear(): void {
    this.entries.clear();
  }
}
