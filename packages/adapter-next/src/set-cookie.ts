/** One `Set-Cookie` line, parsed into what `cookies().set()` and a request `Cookie` header need. */
export interface ParsedSetCookie {
  name: string;
  value: string;
  /** True when the line deletes the cookie (`Max-Age=0` or an `Expires` in the past). */
  deletes: boolean;
  options: {
    path?: string;
    domain?: string;
    maxAge?: number;
    expires?: Date;
    httpOnly?: boolean;
    secure?: boolean;
    sameSite?: 'lax' | 'strict' | 'none';
    partitioned?: boolean;
  };
}

/** Parses a `Set-Cookie` line written by the core. Returns `null` for a line without `name=`. */
export function parseSetCookie(line: string): ParsedSetCookie | null {
  const [pair = '', ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const parsed: ParsedSetCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    deletes: false,
    options: {},
  };
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'path') parsed.options.path = value;
    else if (key === 'domain') parsed.options.domain = value;
    else if (key === 'max-age') parsed.options.maxAge = Number(value);
    else if (key === 'expires') parsed.options.expires = new Date(value);
    else if (key === 'httponly') parsed.options.httpOnly = true;
    else if (key === 'secure') parsed.options.secure = true;
    else if (key === 'partitioned') parsed.options.partitioned = true;
    else if (key === 'samesite') {
      const sameSite = value.toLowerCase();
      if (sameSite === 'lax' || sameSite === 'strict' || sameSite === 'none') {
        parsed.options.sameSite = sameSite;
      }
    }
  }
  const { maxAge, expires } = parsed.options;
  parsed.deletes =
    (maxAge !== undefined && maxAge <= 0) ||
    (expires !== undefined && expires.getTime() <= Date.now());
  return parsed;
}

/**
 * Applies `Set-Cookie` lines to a request `Cookie` header, so code running after the proxy in the
 * same request sees what the browser will send next time (a refreshed session, a cleared cookie).
 */
export function applySetCookiesToCookieHeader(header: string | null, lines: string[]): string {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  for (const line of lines) {
    const cookie = parseSetCookie(line);
    if (!cookie) continue;
    if (cookie.deletes) cookies.delete(cookie.name);
    else cookies.set(cookie.name, cookie.value);
  }
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}
