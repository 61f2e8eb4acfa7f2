import { parseCookie, parseSetCookie } from 'cookie';
import { type HeaderBag, setCookieLines, structuredCookie } from '../cookies/header-bag.js';
import type { CookieOptions, SetCookie } from '../cookies/serialize.js';

/** One `Set-Cookie` line, parsed into what a framework cookie store and a `Cookie` header need. */
export interface SetCookieLine {
  name: string;
  /** The value as written on the line (still URI-encoded). */
  value: string;
  /** True when the line deletes the cookie (`Max-Age<=0` or an `Expires` in the past). */
  deletes: boolean;
  options: Omit<CookieOptions, 'priority'>;
}

const raw = (value: string) => value;

/**
 * Parses one `Set-Cookie` line with the `cookie` package's parser (the one implementation of
 * `Set-Cookie` parsing). `null` for a line without `name=`.
 */
export function parseSetCookieLine(line: string, now: number = Date.now()): SetCookieLine | null {
  const parsed = parseSetCookie(line, { decode: raw });
  if (!parsed.name) return null;
  const { name, value = '', priority: _priority, ...attributes } = parsed;
  const options = Object.fromEntries(
    Object.entries(attributes).filter(([, v]) => v !== undefined),
  ) as SetCookieLine['options'];
  const { maxAge, expires } = options;
  const deletes =
    (maxAge !== undefined && maxAge <= 0) ||
    (maxAge === undefined && expires !== undefined && expires.getTime() <= now);
  return { name, value, deletes, options };
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
  const cookies = new Map(Object.entries(parseCookie(header ?? '', { decode: raw })));
  cookies.delete('');
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
  set(name: string, value: string, options: CookieOptions): unknown;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The cookie `line` of `bag` sets, value URI-decoded: the structured cookie the core kept when it
 * serialised that line (no parsing), else a parse of the line (written by other code); `null`
 * for a line without `name=`.
 */
export function setCookieOf(bag: HeaderBag | undefined | null, line: string): SetCookie | null {
  const known = structuredCookie(bag, line);
  if (known) return known;
  const parsed = parseSetCookieLine(line);
  return parsed && { ...parsed, value: decode(parsed.value) };
}

/** The cookies a bag sets, in line order (see {@link setCookieOf}). */
export function setCookiesOf(bag: HeaderBag | undefined | null): SetCookie[] {
  return setCookieLines(bag).flatMap((line) => setCookieOf(bag, line) ?? []);
}

/**
 * Writes the cookies of a header bag through a cookie store (see {@link setCookiesOf}: the
 * core's cookies go in structured, the store serialises them), deletions as `Max-Age=0`. Returns
 * how many cookies were written; whatever the store throws (read-only cookies) propagates.
 */
export function writeSetCookieLines(store: CookieStore, bag: HeaderBag | undefined | null): number {
  const cookies = setCookiesOf(bag);
  for (const cookie of cookies) store.set(cookie.name, cookie.value, cookie.options);
  return cookies.length;
}
