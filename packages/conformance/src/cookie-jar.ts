import {
  parseSetCookieLine as parseCoreSetCookieLine,
  type SetCookieLine,
} from '@workos/authkit-session/adapter';

/** One parsed `Set-Cookie` line (the core's `parseSetCookieLine`, i.e. the `cookie` package) and its raw text. */
export interface SetCookie extends SetCookieLine {
  raw: string;
}

/** Parses one `Set-Cookie` header line (one cookie per line, never a comma-joined list). */
export function parseSetCookieLine(raw: string): SetCookie {
  const parsed = parseCoreSetCookieLine(raw) ?? {
    name: '',
    value: '',
    deletes: false,
    options: {},
  };
  return { ...parsed, raw };
}

/** The `Set-Cookie` lines of a response, one entry per header. */
export function setCookieLines(response: Response): SetCookie[] {
  return response.headers.getSetCookie().map(parseSetCookieLine);
}

/** True when a `Set-Cookie` line carries a second cookie after a comma (a joined header). */
export function looksJoined(raw: string): boolean {
  return raw
    .split(',')
    .slice(1)
    .some((segment) => /^[^=;\s]+=/.test(segment.trim()));
}

export { CookieJar } from '@workos/authkit-emulator/testing';
