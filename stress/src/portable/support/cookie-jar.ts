import { parseSetCookieLine } from '@workos/authkit-session/adapter';

/** A minimal browser-like cookie jar: applies `Set-Cookie` lines and renders a `Cookie` header. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Applies each line (the core's parser): sets the value, or deletes it (`Max-Age<=0`, a past `Expires`, an empty value). */
  apply(lines: readonly string[]): this {
    for (const line of lines) {
      const cookie = parseSetCookieLine(line);
      if (!cookie) continue;
      if (cookie.deletes || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return this;
  }

  /** The `Cookie` request header for everything in the jar. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** One cookie's raw value. */
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Names of every cookie in the jar. */
  names(): string[] {
    return [...this.cookies.keys()];
  }

  /** An independent copy. */
  clone(): CookieJar {
    const copy = new CookieJar();
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }
}

/** The `Set-Cookie` lines of a header bag, whatever the key's casing. */
export function setCookiesOf(headers: Record<string, string | string[]> | undefined): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === 'set-cookie') lines.push(...(Array.isArray(value) ? value : [value]));
  }
  return lines;
}

/** True when the lines delete the session cookie `name` (or its chunks). */
export function clearsCookie(lines: readonly string[], name = 'wos-session'): boolean {
  return lines.some((line) => {
    const cookie = parseSetCookieLine(line);
    return !!cookie?.deletes && (cookie.name === name || cookie.name.startsWith(`${name}.`));
  });
}
