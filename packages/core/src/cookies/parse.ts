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

/**
 * Parses a `Cookie` request header into name → decoded value. The first occurrence of a name
 * wins (browsers send the most specific path first). Malformed pairs are skipped.
 */
export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null);
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in cookies) continue;
    cookies[name] = safeDecode(unquote(part.slice(eq + 1).trim()));
  }
  return cookies;
}

/**
 * Reads one cookie from a `Cookie` header: the same answer as `parseCookieHeader(header)[name]`
 * (or `null`), but only the wanted value is copied and URL-decoded, so a request carrying a large
 * session cookie pays for nothing else.
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
      return safeDecode(unquote(header.slice(eq + 1, end).trim()));
    }
    start = end + 1;
  }
  return null;
}

/** True when `header[start, eq)` is `name` surrounded by optional whitespace (no copy). */
function isNameAt(header: string, start: number, eq: number, name: string): boolean {
  let from = start;
  let to = eq;
  while (from < to && isSpace(header.charAt(from))) from++;
  while (to > from && isSpace(header.charAt(to - 1))) to--;
  return to - from === name.length && header.startsWith(name, from);
}

/** The characters `String#trim` removes (so the answer matches `parseCookieHeader`'s). */
const SPACE = /\s/;

function isSpace(char: string): boolean {
  return SPACE.test(char);
}

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
