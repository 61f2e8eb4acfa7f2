import { SessionTooLargeError } from '../errors.js';

/** Largest cookie value written as one cookie; bigger values are split into `name.0`, `name.1`, … */
export const MAX_COOKIE_VALUE_LENGTH = 3800;
/** Most chunks a session may use (about 30 KB); beyond that writing fails loudly. */
export const MAX_COOKIE_CHUNKS = 8;

/** Cookie writes and deletions that store one value under `name`. */
export interface CookiePlan {
  set: Array<{ name: string; value: string }>;
  clear: string[];
}

/** The name of chunk `index` of cookie `name`. */
export const chunkName = (name: string, index: number) => `${name}.${index}`;

/**
 * True for the chunk names the core can write for cookie `name`: `name.0` … `name.7`
 * ({@link MAX_COOKIE_CHUNKS}). Other look-alikes (`name.99`, `name.01`) are never ours, so they
 * are neither read nor cleared (a request full of them cannot inflate the response).
 */
export function isChunkOf(name: string, candidate: string): boolean {
  if (candidate.length > name.length + 4 || !candidate.startsWith(`${name}.`)) return false;
  const index = candidate.slice(name.length + 1);
  return /^(?:0|[1-9]\d*)$/.test(index) && Number(index) < MAX_COOKIE_CHUNKS;
}

/**
 * Plans the cookies that store `value` under `name`. `existing` lists the cookie names the
 * request carried (when known) so exactly the stale ones are cleared; without it, the slots a
 * reader could mistake for this value are cleared.
 */
export function planChunkedWrite(
  name: string,
  value: string,
  existing?: readonly string[],
): CookiePlan {
  const stale = (keep: (candidate: string) => boolean, fallback: string[]) =>
    existing ? existing.filter((c) => (c === name || isChunkOf(name, c)) && !keep(c)) : fallback;

  if (value.length <= MAX_COOKIE_VALUE_LENGTH) {
    return { set: [{ name, value }], clear: stale((c) => c === name, [chunkName(name, 0)]) };
  }
  const size = MAX_COOKIE_VALUE_LENGTH - 4;
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += size) parts.push(value.slice(i, i + size));
  if (parts.length > MAX_COOKIE_CHUNKS) {
    throw new SessionTooLargeError(
      `The session is too large for cookies (${value.length} characters, at most ${MAX_COOKIE_CHUNKS * size}). Keep the user and token claims small (fewer permissions, roles or custom claims).`,
    );
  }
  const set = parts.map((part, index) => ({
    name: chunkName(name, index),
    value: index === 0 ? `${parts.length}:${part}` : part,
  }));
  const written = new Set(set.map((s) => s.name));
  const fallback = [name];
  for (let i = parts.length; i < MAX_COOKIE_CHUNKS; i++) fallback.push(chunkName(name, i));
  return { set, clear: stale((c) => written.has(c), fallback) };
}

/** Cookie names to delete so that nothing of `name` remains. */
export function planChunkedClear(name: string, existing?: readonly string[]): string[] {
  if (!existing) return [name, chunkName(name, 0)];
  const found = existing.filter((c) => c === name || isChunkOf(name, c));
  return found.includes(name) ? found : [name, ...found];
}

/** What reading a possibly chunked cookie found. `broken` means chunks were missing or mixed. */
export interface ChunkedRead {
  value: string | null;
  broken: boolean;
}

/** Reads `name`, or reassembles `name.0`…`name.N-1`; missing or inconsistent chunks read as broken. */
export async function readChunked(
  name: string,
  getCookie: (name: string) => Promise<string | null>,
): Promise<ChunkedRead> {
  const whole = await getCookie(name);
  if (whole) return { value: whole, broken: false };
  const first = await getCookie(chunkName(name, 0));
  if (!first) return { value: null, broken: false };
  const header = /^(\d{1,2}):/.exec(first);
  const count = header ? Number(header[1]) : 0;
  if (!header || count < 2 || count > MAX_COOKIE_CHUNKS) return { value: null, broken: true };
  const parts = [first.slice(header[0].length)];
  for (let i = 1; i < count; i++) {
    const part = await getCookie(chunkName(name, i));
    if (!part) return { value: null, broken: true };
    parts.push(part);
  }
  return { value: parts.join(''), broken: false };
}
