/**
 * A `Map` that never holds more than `maxSize` entries: `set` makes its key the newest and drops
 * the oldest keys beyond the bound. Insertion order is the age order, so `set` a key again when
 * it is used to get least-recently-used eviction. `maxSize <= 0` keeps nothing.
 *
 * The one bounded-map helper of the core: every process-wide cache, memo or per-key record is one
 * of these (or an `ExpiringLruCache`, which is built on it), so none can grow without bound.
 * Reads are plain `Map` reads (no extra work on a hot path).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly maxSize: number;

  constructor(maxSize: number) {
    super();
    this.maxSize = maxSize;
  }

  /** Stores `value` as the newest entry, evicting the oldest ones beyond `maxSize`. */
  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.maxSize) this.delete(this.keys().next().value as K);
    return this;
  }
}
