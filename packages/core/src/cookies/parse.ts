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
  let start = 0;
  while (start < header.length) {
    let end = header.indexOf(';', start);
    if (end === -1) end = header.length;
    const at = header.indexOf(name, start);
    if (at === -1) return null;
    if (at >= end) {
      start = header.lastIndexOf(';', at) + 1;
      continue;
    }
    const eq = header.indexOf('=', start);
    if (eq !== -1 && eq < end && header.slice(start, eq).trim() === name) {
      return safeDecode(unquote(header.slice(eq + 1, end).trim()));
    }
    start = end + 1;
  }
  return null;
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
