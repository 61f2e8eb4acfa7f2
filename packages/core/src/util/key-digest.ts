/**
 * A keyed 62-bit digest of a long ASCII string (a sealed session cookie, ~2 KB), so a cache can
 * remember a cookie without keeping its 2 KB: it keeps the digest and the cookie's last
 * characters (an iron seal ends with its HMAC) and hits only when both match.
 *
 * The seed is random per process and never leaves it, so nobody can aim at a digest: forging a
 * hit needs a different cookie with the same HMAC tail and the same unknown 62 bits, which is out
 * of reach for anyone who does not already hold the cookie itself. Every byte of the string goes
 * into the digest, with its length. The work is one `TextEncoder.encodeInto` (native) and four
 * independent rotate–xor–multiply lanes over 32-bit words: about as fast as comparing the strings.
 */

/** Longest string digested (a session chunked to the most cookies is about 30 KB). */
export const MAX_DIGEST_LENGTH = 32 * 1024;

// Made on the first digest, not at import (a cold start that never caches pays nothing).
let encoder: TextEncoder | undefined;
let seed: Uint32Array;
let bytes = new Uint8Array(0);
let words = new Uint32Array(0);

/** The digest of the last {@link KeyDigest.digest} call (valid when it returned true). */
export class KeyDigest {
  /** 30 bits (a small integer: a cheap `Map` key). */
  slot = 0;
  /** 32 more bits. */
  check = 0;

  /**
   * Digests `key` into {@link slot} and {@link check}. False (nothing digested) when `key` is
   * longer than {@link MAX_DIGEST_LENGTH} or not ASCII: such a key is never a sealed cookie.
   */
  digest(key: string): boolean {
    const length = key.length;
    if (length > MAX_DIGEST_LENGTH) return false;
    const padded = (length + 16) & ~15;
    if (!encoder) {
      encoder = new TextEncoder();
      seed = crypto.getRandomValues(new Uint32Array(4));
    }
    if (padded > bytes.length) {
      bytes = new Uint8Array(Math.max(padded, 4096, bytes.length * 2));
      words = new Uint32Array(bytes.buffer);
    }
    const { read, written } = encoder.encodeInto(key, bytes);
    if (read !== length || written !== length) return false;
    bytes.fill(0, length, padded);
    let a = (seed[0] as number) ^ length;
    let b = seed[1] as number;
    let c = seed[2] as number;
    let d = seed[3] as number;
    for (let i = 0, n = padded >>> 2; i < n; i += 4) {
      a = Math.imul(((a << 5) | (a >>> 27)) ^ (words[i] as number), 0x9e3779b1);
      b = Math.imul(((b << 7) | (b >>> 25)) ^ (words[i + 1] as number), 0x85ebca77);
      c = Math.imul(((c << 9) | (c >>> 23)) ^ (words[i + 2] as number), 0xc2b2ae3d);
      d = Math.imul(((d << 11) | (d >>> 21)) ^ (words[i + 3] as number), 0x27d4eb2f);
    }
    this.slot = mix(a ^ Math.imul(c, 0x165667b1)) & 0x3fffffff;
    this.check = mix(b ^ Math.imul(d, 0x165667b1) ^ a) | 0;
    return true;
  }

  /** A copy of the last `count` characters of the last digested key, sharing no memory with it. */
  tail(count: number, length: number): string {
    // From the ASCII bytes: a new string, not a slice that would keep the whole key alive.
    return String.fromCharCode(...bytes.subarray(Math.max(0, length - count), length));
  }
}

/** Murmur3's finalizer: every input bit affects every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
