import { BoundedMap } from '../util/bounded-map.js';

interface Entry<V> {
  key: string;
  value: V;
  expiresAt: number;
}

/** Keys longer than this are indexed by their tail (see {@link ExpiringLruCache}). */
const LONG_KEY = 96;
const TAIL = 64;

/**
 * A bounded least-recently-used map whose entries also expire at a given time. Long keys (sealed
 * cookies, ~2 KB) are indexed by their last characters (an iron seal ends with its HMAC), so a
 * lookup hashes 64 characters instead of the whole value; the full key is still compared, so
 * only an identical key ever hits.
 */
export class ExpiringLruCache<V> {
  private readonly entries: BoundedMap<string, Entry<V>>;
  /** The most recently used entry (already last in `entries`: no need to move it). */
  private newest: Entry<V> | undefined;

  constructor(private readonly maxSize: number) {
    this.entries = new BoundedMap(maxSize);
  }

  /** The live entry for `key` (and marks it recently used), or `undefined`. */
  get(key: string, now = Date.now()): V | undefined {
    const slot = slotOf(key);
    const entry = this.entries.get(slot);
    if (!entry || entry.key !== key) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(slot);
      return undefined;
    }
    if (entry !== this.newest) {
      this.entries.set(slot, entry);
      this.newest = entry;
    }
    return entry.value;
  }

  /** Stores `value` until `expiresAt` (ms), evicting the least recently used entries. */
  set(key: string, value: V, expiresAt: number, now = Date.now()): void {
    if (this.maxSize <= 0 || expiresAt <= now) return;
    this.newest = { key, value, expiresAt };
    this.entries.set(slotOf(key), this.newest);
  }

  /** Removes `key`. */
  delete(key: string): void {
    const slot = slotOf(key);
    const entry = this.entries.get(slot);
    if (entry?.key !== key) return;
    this.entries.delete(slot);
    if (entry === this.newest) this.newest = undefined;
  }

  /** Number of stored entries (live or not yet pruned). */
  get size(): number {
    return this.entries.size;
  }

  /** Removes everything. */
  clear(): void {
    this.newest = undefined;
    this.entries.clear();
  }
}

function slotOf(key: string): string {
  return key.length > LONG_KEY ? key.slice(key.length - TAIL) : key;
}
