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
 * Merges header bags. Keys match case-insensitively and keep the first spelling seen;
 * `Set-Cookie` values are concatenated into one `string[]`; other keys take the later value.
 */
export function mergeHeaderBags(...bags: Array<HeaderBag | undefined | null>): HeaderBag {
  const merged: HeaderBag = {};
  const spelling = new Map<string, string>();
  for (const bag of bags) {
    if (!bag) continue;
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
  return merged;
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
