import { type HeaderBag, setCookieLines } from '../cookies/header-bag.js';
import type { CookieOptions } from '../cookies/serialize.js';

/** One `Set-Cookie` line, parsed into what a framework cookie store and a `Cookie` header need. */
export interface SetCookieLine {
  name: string;
  /** The value as written on the line (still URI-encoded). */
  value: string;
  /** True when the line deletes the cookie (`Max-Age<=0` or an `Expires` in the past). */
  deletes: boolean;
  options: Omit<CookieOptions, 'priority'>;
}

function applyAttribute(options: SetCookieLine['options'], key: string, value: string): void {
  if (key === 'path') options.path = value;
  else if (key === 'domain') options.domain = value;
  else if (key === 'max-age') options.maxAge = Number(value);
  else if (key === 'expires') options.expires = new Date(value);
  else if (key === 'httponly') options.httpOnly = true;
  else if (key === 'secure') options.secure = true;
  else if (key === 'partitioned') options.partitioned = true;
  else if (key === 'samesite') {
    const sameSite = value.toLowerCase();
    if (sameSite === 'lax' || sameSite === 'strict' || sameSite === 'none') {
      options.sameSite = sameSite;
    }
  }
}

/** Parses one `Set-Cookie` line (as the core writes them). `null` for a line without `name=`. */
export function parseSetCookieLine(line: string, now: number = Date.now()): SetCookieLine | null {
  const [pair = '', ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const options: SetCookieLine['options'] = {};
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    applyAttribute(options, rawKey.trim().toLowerCase(), rest.join('=').trim());
  }
  const { maxAge, expires } = options;
  const deletes =
    (maxAge !== undefined && maxAge <= 0) ||
    (maxAge === undefined && expires !== undefined && expires.getTime() <= now);
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), deletes, options };
}

/**
 * Applies `Set-Cookie` lines to a request `Cookie` header, giving the header the browser will
 * send next time: set cookies replace or join, deleted ones are dropped. Lets code running after
 * a middleware in the same request see a refreshed (or cleared) session.
 */
export function applySetCookieLines(
  header: string | null | undefined,
  lines: readonly string[],
): string {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  for (const line of lines) {
    const cookie = parseSetCookieLine(line);
    if (!cookie) continue;
    if (cookie.deletes) cookies.delete(cookie.name);
    else cookies.set(cookie.name, cookie.value);
  }
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** A framework's cookie store: Next's `cookies()`, SvelteKit's or Astro's `cookies`, and the like. */
export interface CookieStore {
  set(name: string, value: string, options: SetCookieLine['options']): unknown;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Writes the `Set-Cookie` lines of a header bag through a cookie store, values URL-decoded (the
 * store encodes them again) and deletions as `Max-Age=0`. Returns how many cookies were written;
 * whatever the store throws (read-only cookies) propagates.
 */
export function writeSetCookieLines(store: CookieStore, bag: HeaderBag | undefined | null): number {
  let written = 0;
  for (const line of setCookieLines(bag)) {
    const cookie = parseSetCookieLine(line);
    if (!cookie) continue;
    store.set(cookie.name, decode(cookie.value), cookie.options);
    written++;
  }
  return written;
}
