/** One parsed `Set-Cookie` line, as a browser reads it. */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
  /** True when the line deletes the cookie (Max-Age <= 0 or Expires in the past). */
  deletes: boolean;
  raw: string;
}

/** Parses one `Set-Cookie` header line (one cookie per line, never a comma-joined list). */
export function parseSetCookieLine(raw: string): SetCookie {
  const [pair = '', ...parts] = raw.split(';');
  const eq = pair.indexOf('=');
  const name = (eq === -1 ? pair : pair.slice(0, eq)).trim();
  const value = eq === -1 ? '' : pair.slice(eq + 1).trim();
  const attributes: Record<string, string | true> = {};
  for (const part of parts) {
    const i = part.indexOf('=');
    const key = (i === -1 ? part : part.slice(0, i)).trim().toLowerCase();
    if (key) attributes[key] = i === -1 ? true : part.slice(i + 1).trim();
  }
  const maxAge = attributes['max-age'];
  const expires = attributes.expires;
  const deletes =
    (typeof maxAge === 'string' && Number(maxAge) <= 0) ||
    (maxAge === undefined && typeof expires === 'string' && Date.parse(expires) <= Date.now());
  return { name, value, attributes, deletes, raw };
}

/** The `Set-Cookie` lines of a response, one entry per header. */
export function setCookieLines(response: Response): SetCookie[] {
  return response.headers.getSetCookie().map(parseSetCookieLine);
}

/** A one-origin cookie jar: enough of a browser to carry cookies through redirects. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Applies every `Set-Cookie` line of a response (deletions included). */
  store(response: Response): SetCookie[] {
    const lines = setCookieLines(response);
    for (const line of lines) {
      if (line.deletes) this.cookies.delete(line.name);
      else this.cookies.set(line.name, line.value);
    }
    return lines;
  }

  /** The `Cookie` request header for the jar's current contents ('' when empty). */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  /** Names of the cookies currently held. */
  names(): string[] {
    return [...this.cookies.keys()];
  }
}

/** True when a `Set-Cookie` line carries a second cookie after a comma (a joined header). */
export function looksJoined(raw: string): boolean {
  return raw
    .split(',')
    .slice(1)
    .some((segment) => /^[^=;\s]+=/.test(segment.trim()));
}
