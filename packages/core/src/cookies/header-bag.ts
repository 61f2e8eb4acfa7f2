import { type SetCookie, stringifyCookie } from './serialize.js';

/** Response headers to apply. `Set-Cookie` is always a `string[]`: append each entry, never join. */
export type HeaderBag = Record<string, string | string[]>;

/** The original package's name for {@link HeaderBag}. */
export type HeadersBag = HeaderBag;

/**
 * The result of every write. Exactly one field is set:
 * - `response`: the storage's `applyHeaders` already wrote the cookies to it. Send it (or, for
 *   mutable responses such as Express's `res`, just carry on); do not apply anything else.
 * - `headers`: nothing was written (no response given, or a headers-only storage). Apply this bag
 *   to your response, appending each `Set-Cookie` entry.
 */
export interface WriteResult<TResponse> {
  /** The response the headers were written to; when set, `headers` is absent. */
  response?: TResponse;
  /** The headers still to apply; present only when no response was written. */
  headers?: HeaderBag;
}

const isSetCookie = (key: string) => key.toLowerCase() === 'set-cookie';

/**
 * The cookies behind a bag's `Set-Cookie` lines, by line. Kept on the bag under a symbol that is
 * not enumerable, so the bag's public shape (and what spreads, `toEqual` and JSON see) is only the
 * string form; a line changed or added by other code has no entry and is parsed instead.
 */
const COOKIES = Symbol('authkit.set-cookie');
type Structured = HeaderBag & { [COOKIES]?: ReadonlyMap<string, SetCookie> };

function attach(bag: HeaderBag, cookies: ReadonlyMap<string, SetCookie>): HeaderBag {
  if (cookies.size > 0) Object.defineProperty(bag, COOKIES, { value: cookies, enumerable: false });
  return bag;
}

/**
 * A bag that sets `cookies`, each serialised once into its `Set-Cookie` line, plus `extra`
 * headers. The cookies stay attached for {@link structuredCookie}.
 */
export function setCookieBag(cookies: readonly SetCookie[], extra: HeaderBag = {}): HeaderBag {
  const lines = cookies.map(stringifyCookie);
  const byLine = new Map(lines.map((line, i) => [line, cookies[i] as SetCookie]));
  return attach({ 'Set-Cookie': lines, ...extra }, byLine);
}

/** The cookie the core serialised into `line` of `bag`, if the core wrote that line. */
export function structuredCookie(
  bag: HeaderBag | undefined | null,
  line: string,
): SetCookie | undefined {
  return (bag as Structured | undefined | null)?.[COOKIES]?.get(line);
}

/**
 * Merges header bags. Keys match case-insensitively and keep the first spelling seen;
 * `Set-Cookie` values are concatenated into one `string[]`; other keys take the later value.
 */
export function mergeHeaderBags(...bags: Array<HeaderBag | undefined | null>): HeaderBag {
  const merged: HeaderBag = {};
  const cookies = new Map<string, SetCookie>();
  const spelling = new Map<string, string>();
  for (const bag of bags) {
    if (!bag) continue;
    for (const [line, cookie] of (bag as Structured)[COOKIES] ?? []) cookies.set(line, cookie);
    for (const [key, value] of Object.entries(bag)) {
      const lower = key.toLowerCase();
      const existingKey = spelling.get(lower);
      const target = existingKey ?? key;
      if (!existingKey) spelling.set(lower, key);
      if (isSetCookie(key)) {
        const previous = merged[target];
        const before =
          previous === undefined ? [] : Array.isArray(previous) ? previous : [previous];
        merged[target] = [...before, ...(Array.isArray(value) ? value : [value])];
      } else {
        merged[target] = Array.isArray(value) ? [...value] : value;
      }
    }
  }
  return attach(merged, cookies);
}

/** The `Set-Cookie` lines of a bag (any key casing), or `[]`. */
export function setCookieLines(bag: HeaderBag | undefined | null): string[] {
  if (!bag) return [];
  const lines: string[] = [];
  for (const [key, value] of Object.entries(bag)) {
    if (isSetCookie(key)) lines.push(...(Array.isArray(value) ? value : [value]));
  }
  return lines;
}

/** Appends a bag to a Fetch `Headers` object, one header per `Set-Cookie` entry. */
export function appendHeaderBag(headers: Headers, bag: HeaderBag | undefined | null): Headers {
  if (!bag) return headers;
  for (const [key, value] of Object.entries(bag)) {
    if (Array.isArray(value)) {
      for (const entry of value) headers.append(key, entry);
    } else if (isSetCookie(key)) {
      headers.append(key, value);
    } else {
      headers.set(key, value);
    }
  }
  return headers;
}
