function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
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
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    cookies[name] = safeDecode(value);
  }
  return cookies;
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
