import { applySetCookieLines, parseSetCookieLine } from '../adapter-kit/set-cookie.js';

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

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One line through the core's parser (the `cookie` package), in this helper's shape. */
function parseLine(line: string): ParsedSetCookie | null {
  const parsed = parseSetCookieLine(line);
  if (!parsed) return null;
  const { path, domain, maxAge, expires, httpOnly, secure, sameSite, partitioned } = parsed.options;
  const attributes: Record<string, string | true> = {};
  if (path !== undefined) attributes.path = path;
  if (domain !== undefined) attributes.domain = domain;
  if (maxAge !== undefined) attributes['max-age'] = String(maxAge);
  if (expires !== undefined) attributes.expires = expires.toUTCString();
  if (httpOnly) attributes.httponly = true;
  if (secure) attributes.secure = true;
  if (sameSite !== undefined) attributes.samesite = capitalize(sameSite);
  if (partitioned) attributes.partitioned = true;
  const cookie: ParsedSetCookie = {
    name: parsed.name,
    value: decode(parsed.value),
    attributes,
    httpOnly: httpOnly === true,
    secure: secure === true,
    cleared: parsed.deletes,
  };
  if (path !== undefined) cookie.path = path;
  if (domain !== undefined) cookie.domain = domain;
  if (maxAge !== undefined) cookie.maxAge = maxAge;
  if (expires !== undefined) cookie.expires = expires;
  if (sameSite !== undefined) cookie.sameSite = capitalize(sameSite);
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
  return applySetCookieLines(previous, setCookieLinesFrom(source));
}
