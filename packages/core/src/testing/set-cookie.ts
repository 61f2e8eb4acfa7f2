/** One parsed `Set-Cookie` line. */
export interface ParsedSetCookie {
  name: string;
  /** URL-decoded value. */
  value: string;
  attributes: Record<string, string | true>;
  path?: string;
  domain?: string;
  maxAge?: number;
  expires?: Date;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
  /** True when the line deletes the cookie (`Max-Age<=0` or an `Expires` in the past). */
  cleared: boolean;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parseLine(line: string): ParsedSetCookie | null {
  const [pair = '', ...rest] = line.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const attributes: Record<string, string | true> = {};
  for (const raw of rest) {
    const part = raw.trim();
    if (!part) continue;
    const at = part.indexOf('=');
    if (at === -1) attributes[part.toLowerCase()] = true;
    else attributes[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).trim();
  }
  const text = (key: string) =>
    typeof attributes[key] === 'string' ? (attributes[key] as string) : undefined;
  const maxAgeText = text('max-age');
  const expiresText = text('expires');
  const maxAge = maxAgeText === undefined ? undefined : Number(maxAgeText);
  const expires = expiresText === undefined ? undefined : new Date(expiresText);
  const cookie: ParsedSetCookie = {
    name: pair.slice(0, eq).trim(),
    value: decode(pair.slice(eq + 1).trim()),
    attributes,
    httpOnly: attributes.httponly === true,
    secure: attributes.secure === true,
    cleared:
      (maxAge !== undefined && maxAge <= 0) ||
      (maxAge === undefined && expires !== undefined && expires.getTime() <= Date.now()),
  };
  const path = text('path');
  const domain = text('domain');
  const sameSite = text('samesite');
  if (path !== undefined) cookie.path = path;
  if (domain !== undefined) cookie.domain = domain;
  if (maxAge !== undefined) cookie.maxAge = maxAge;
  if (expires !== undefined) cookie.expires = expires;
  if (sameSite !== undefined) cookie.sameSite = sameSite;
  return cookie;
}

/** Anything that carries Set-Cookie lines: one line, an array, a header bag, `Headers` or a `Response`. */
export type SetCookieSource =
  | string
  | readonly string[]
  | Record<string, string | string[]>
  | Headers
  | { headers: Headers }
  | null
  | undefined;

/** Extracts the raw Set-Cookie lines from any {@link SetCookieSource}. */
export function setCookieLinesFrom(source: SetCookieSource): string[] {
  if (!source) return [];
  if (typeof source === 'string') return [source];
  if (Array.isArray(source)) return [...source];
  if (typeof Headers !== 'undefined' && source instanceof Headers) return source.getSetCookie();
  if (typeof Headers !== 'undefined' && 'headers' in source && source.headers instanceof Headers) {
    return source.headers.getSetCookie();
  }
  const lines: string[] = [];
  for (const [key, value] of Object.entries(source as Record<string, string | string[]>)) {
    if (key.toLowerCase() === 'set-cookie') lines.push(...(Array.isArray(value) ? value : [value]));
  }
  return lines;
}

/** Parses Set-Cookie lines (never comma-joined) into structured cookies. */
export function parseSetCookie(source: SetCookieSource): ParsedSetCookie[] {
  return setCookieLinesFrom(source)
    .map(parseLine)
    .filter((cookie): cookie is ParsedSetCookie => cookie !== null);
}

/**
 * The `Cookie` request header a browser would send after receiving these Set-Cookie lines
 * (optionally on top of an existing `Cookie` header); deleted cookies are dropped.
 */
export function cookieHeaderFrom(source: SetCookieSource, previous?: string | null): string {
  const jar = new Map<string, string>();
  for (const part of (previous ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) jar.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const cookie of parseSetCookie(source)) {
    if (cookie.cleared) jar.delete(cookie.name);
    else jar.set(cookie.name, encodeURIComponent(cookie.value));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}
