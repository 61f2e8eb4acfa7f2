import { parseCookie } from 'cookie';

function safeDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}

/** A cookie value as the core reads it: surrounding double quotes dropped, then URL-decoded. */
const decodeValue = (value: string) => safeDecode(unquote(value));

/**
 * Parses a `Cookie` request header into name → decoded value with the `cookie` package's parser
 * (the one implementation of `Cookie` parsing). The first occurrence of a name wins (browsers send
 * the most specific path first). Pairs without `=` and an empty name are skipped.
 */
export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  if (!header) return Object.create(null);
  const cookies = parseCookie(header, { decode: decodeValue }) as Record<string, string>;
  delete cookies[''];
  // A plain null-prototype record (the library's has an empty prototype object in between).
  return Object.setPrototypeOf(cookies, null);
}

/** Drops the spaces and tabs around a pair's name or value, as the `cookie` package does. */
function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

/**
 * Reads one cookie from a `Cookie` header: the same answer as `parseCookieHeader(header)[name]`
 * (or `null`; a fast-check property in parse.test.ts holds it to the library's parser), but only
 * the wanted value is copied and URL-decoded, so a request carrying a large session cookie pays
 * for nothing else.
 */
export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header || !name) return null;
  // Linear in the header length whatever it holds: every search starts where the previous one
  // stopped (the next `=` and the next occurrence of `name` are found once and reused), so a
  // hostile header of many short or `=`-less pairs costs one pass.
  let start = 0;
  let at = -1;
  let eq = -1;
  while (start < header.length) {
    if (at < start) {
      at = header.indexOf(name, start);
      if (at === -1) return null;
    }
    let end = header.indexOf(';', start);
    if (end === -1) end = header.length;
    if (at >= end) {
      // Skip every pair before the one holding the next occurrence of `name`.
      start = header.lastIndexOf(';', at) + 1;
      continue;
    }
    if (eq < start) {
      eq = header.indexOf('=', start);
      if (eq === -1) return null;
    }
    if (eq < end && isNameAt(header, start, eq, name)) {
      return decodeValue(trimOws(header.slice(eq + 1, end)));
    }
    start = end + 1;
  }
  return null;
}

/** True when `header[start, eq)` is `name` surrounded by optional spaces or tabs (no copy). */
function isNameAt(header: string, start: number, eq: number, name: string): boolean {
  let from = start;
  let to = eq;
  while (from < to && isOws(header.charCodeAt(from))) from++;
  while (to > from && isOws(header.charCodeAt(to - 1))) to--;
  return to - from === name.length && header.startsWith(name, from);
}

/** A space or a tab: what the `cookie` package trims around names and values. */
const isOws = (code: number) => code === 0x20 || code === 0x09;

/** Reads the `Cookie` header from a Fetch `Request`, a Node `IncomingMessage` or a plain headers object. */
export function cookieHeaderOf(request: unknown): string | null {
  if (!request || typeof request !== 'object') return null;
  const headers = (request as { headers?: unknown }).headers;
  if (!headers || typeof headers !== 'object') return null;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') {
    const value = get.call(headers, 'cookie');
    return typeof value === 'string' ? value : null;
  }
  const raw =
    (headers as Record<string, unknown>).cookie ?? (headers as Record<string, unknown>).Cookie;
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw)) return raw.join('; ');
  return null;
}
