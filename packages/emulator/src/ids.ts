import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID (26 Crockford base32 characters: 48-bit millisecond time + 80 random bits). */
export function ulid(timeMs: number = Date.now()): string {
  let time = '';
  let t = Math.max(0, Math.floor(timeMs));
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let random = '';
  for (let i = 0; i < 16; i++) random += CROCKFORD[bytes[i]! % 32];
  return time + random;
}

/** A WorkOS-style prefixed id, e.g. `session_01H…`. */
export function prefixedId(prefix: string, timeMs?: number): string {
  return `${prefix}_${ulid(timeMs)}`;
}

/** An opaque random token (base64url) with a prefix, for codes and refresh tokens. */
export function opaqueToken(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}
