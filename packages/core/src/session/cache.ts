import { BoundedMap } from '../util/bounded-map.js';
import { KeyDigest } from '../util/key-digest.js';

interface Entry<V> {
  /** A short key itself; for a long key, a copy of its last characters. */
  id: string;
  /** For a long key, the rest of its digest (see `KeyDigest`); 0 for a short key. */
  check: number;
  value: V;
  expiresAt: number;
}

/** Keys longer than this are stored as a digest (see {@link ExpiringLruCache}). */
const LONG_KEY = 96;
/** How many last characters of a long key an entry keeps (an iron seal's HMAC is 43). */
const TAIL = 64;

const digest = new KeyDigest();

/**
 * A bounded least-recently-used map whose entries also expire at a given time. Long keys (sealed
 * cookies, ~2 KB) are not kept: an entry holds their keyed 62-bit digest (every character counts)
 * and a copy of their last 64 characters (an iron seal ends with its HMAC), and only a key with
 * the same digest and the same tail hits. Short keys are kept and compared whole.
 */
export class ExpiringLruCache<V> {
  private readonly entries: BoundedMap<string | number, Entry<V>>;
  /** The most recently used entry (already last in `entries`: no need to move it). */
  private newest: Entry<V> | undefined;

  constructor(private readonly maxSize: number) {
    this.entries = new BoundedMap(maxSize);
  }

  /** The live entry for `key` (and marks it recently used), or `undefined`. */
  get(key: string, now = Date.now()): V | undefined {
    const slot = slotOf(key);
    if (slot === undefined) return undefined;
    const entry = this.entries.get(slot);
    if (!entry || !matches(entry, key)) return undefined;
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
    const slot = slotOf(key);
    if (slot === undefined) return;
    const long = typeof slot === 'number';
    this.newest = {
      id: long ? digest.tail(TAIL, key.length) : key,
      check: long ? digest.check : 0,
      value,
      expiresAt,
    };
    this.entries.set(slot, this.newest);
  }

  /** Removes `key`. */
  delete(key: string): void {
    const slot = slotOf(key);
    if (slot === undefined) return;
    const entry = this.entries.get(slot);
    if (!entry || !matches(entry, key)) return;
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

/**
 * The map key of `key`: itself when short, else its digest's slot (the rest of the digest is
 * then in `digest.check`); `undefined` for a long key that is never cached (not ASCII, too long).
 */
function slotOf(key: string): string | number | undefined {
  if (key.length <= LONG_KEY) return key;
  return digest.digest(key) ? digest.slot : undefined;
}

/** True when `entry` is `key`'s (call right after `slotOf(key)`). */
function matches(entry: Entry<unknown>, key: string): boolean {
  return key.length <= LONG_KEY
    ? entry.id === key
    : entry.check === digest.check && key.endsWith(entry.id);
}
