/**
 * Base64url (RFC 4648 §5, unpadded) with a lookup table: plain JS on every runtime, so the core
 * needs no encoding library. Like `atob`, the decoder ignores the unused low bits of the last
 * character.
 */

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Character code → 6-bit value; 255 for anything outside the base64url alphabet. */
const VALUES = new Uint8Array(128).fill(255);
for (let i = 0; i < CHARS.length; i++) VALUES[CHARS.charCodeAt(i)] = i;

/** The 6-bit value of `text[i]`, or 255 (codes ≥ 128 index past the table: `undefined` → 255). */
function valueAt(text: string, i: number): number {
  return VALUES[text.charCodeAt(i)] ?? 255;
}

/** Bytes as unpadded base64url text. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out +=
      CHARS.charAt(n >>> 18) +
      CHARS.charAt((n >>> 12) & 63) +
      CHARS.charAt((n >>> 6) & 63) +
      CHARS.charAt(n & 63);
  }
  if (bytes.length - i === 1) {
    const n = (bytes[i] as number) << 16;
    out += CHARS.charAt(n >>> 18) + CHARS.charAt((n >>> 12) & 63);
  } else if (bytes.length - i === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += CHARS.charAt(n >>> 18) + CHARS.charAt((n >>> 12) & 63) + CHARS.charAt((n >>> 6) & 63);
  }
  return out;
}

/**
 * Unpadded base64url text as bytes; `null` for any other character or an impossible length.
 * One pass with a lookup table (validation included): several times faster than `atob` plus
 * the character replacements on the 1–2 KB of a session seal and its access token.
 */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  const tail = text.length % 4;
  if (tail === 1) return null;
  const bytes = new Uint8Array(((text.length - tail) / 4) * 3 + (tail ? tail - 1 : 0));
  let i = 0;
  let o = 0;
  for (; i + 3 < text.length; i += 4) {
    const a = valueAt(text, i);
    const b = valueAt(text, i + 1);
    const c = valueAt(text, i + 2);
    const d = valueAt(text, i + 3);
    if ((a | b | c | d) > 63) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[o++] = n >>> 16;
    bytes[o++] = (n >>> 8) & 255;
    bytes[o++] = n & 255;
  }
  if (tail) {
    const a = valueAt(text, i);
    const b = valueAt(text, i + 1);
    const c = tail === 3 ? valueAt(text, i + 2) : 0;
    if ((a | b | c) > 63) return null;
    const n = (a << 18) | (b << 12) | (c << 6);
    bytes[o++] = n >>> 16;
    if (tail === 3) bytes[o] = (n >>> 8) & 255;
  }
  return bytes;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A base64url segment holding a JSON object (a JWT header or payload); `null` otherwise. */
export function decodeJsonSegment(segment: string): Record<string, unknown> | null {
  const bytes = decodeBase64url(segment);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
