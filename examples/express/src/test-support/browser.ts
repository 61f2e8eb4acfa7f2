/** A cookie as a browser stores it. */
interface StoredCookie {
  value: string;
  path: string;
  expiresAt: number | null;
}

/** One hop of a navigation: the request made and what came back. */
export interface Hop {
  url: URL;
  method: string;
  status: number;
  location: string | null;
  setCookie: string[];
  headers: Headers;
}

/** The end of a navigation: the final response, its body and every hop taken to get there. */
export interface Navigation {
  url: URL;
  status: number;
  body: string;
  headers: Headers;
  hops: Hop[];
}

/** Rewrites a URL just before it is requested (e.g. to add `login_hint` on the sign-in page). */
export type UrlRewrite = (url: URL) => URL;

/**
 * A scripted browser: a cookie jar keyed by host (as browsers do, ignoring the port) that follows
 * redirects hop by hop, so every Set-Cookie of every hop is seen and recorded.
 */
export class ScriptedBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  constructor(private readonly rewrite: UrlRewrite = (url) => url) {}

  /**
   * Follows a GET (or a form POST, answered with a redirect) to its final page, or until the next
   * URL matches `stopBefore` (then `url` is that URL, not requested, and `status` is 0).
   */
  async navigate(
    input: string | URL,
    init: {
      method?: string;
      form?: Record<string, string>;
      stopBefore?: (url: URL) => boolean;
    } = {},
  ): Promise<Navigation> {
    let url = new URL(input);
    let method = init.method ?? (init.form ? 'POST' : 'GET');
    let body: URLSearchParams | undefined = init.form ? new URLSearchParams(init.form) : undefined;
    const hops: Hop[] = [];
    for (let i = 0; i < 20; i++) {
      url = this.rewrite(url);
      if (init.stopBefore?.(url)) return { url, status: 0, body: '', headers: new Headers(), hops };
      const response = await this.request(url, method, body);
      const location = response.headers.get('location');
      hops.push({
        url,
        method,
        status: response.status,
        location,
        setCookie: response.headers.getSetCookie(),
        headers: response.headers,
      });
      if (response.status < 300 || response.status >= 400 || location === null) {
        return {
          url,
          status: response.status,
          body: await response.text(),
          headers: response.headers,
          hops,
        };
      }
      await response.body?.cancel();
      url = new URL(location, url);
      if (response.status !== 307 && response.status !== 308) {
        method = 'GET';
        body = undefined;
      }
    }
    throw new Error(`Too many redirects, last at ${url}`);
  }

  /** One request, no redirect following; Set-Cookie is applied to the jar. */
  async request(url: URL, method = 'GET', body?: URLSearchParams): Promise<Response> {
    const headers: Record<string, string> = {};
    const cookie = this.cookieHeader(url);
    if (cookie) headers.cookie = cookie;
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(url, line);
    return response;
  }

  /** The value of a cookie the jar would send to `url`, if any. */
  cookie(url: string | URL, name: string): string | undefined {
    return this.live(new URL(url)).get(name)?.value;
  }

  /** Names of the cookies the jar would send to `url`. */
  cookieNames(url: string | URL): string[] {
    return [...this.live(new URL(url)).keys()];
  }

  /** Overwrites a cookie, as a user editing it in devtools would. */
  setCookie(url: string | URL, name: string, value: string): void {
    const host = new URL(url).hostname;
    const cookies = this.jar.get(host) ?? new Map<string, StoredCookie>();
    cookies.set(name, { value, path: '/', expiresAt: null });
    this.jar.set(host, cookies);
  }

  private cookieHeader(url: URL): string {
    return [...this.live(url)].map(([name, cookie]) => `${name}=${cookie.value}`).join('; ');
  }

  private live(url: URL): Map<string, StoredCookie> {
    const cookies = this.jar.get(url.hostname) ?? new Map<string, StoredCookie>();
    const now = Date.now();
    return new Map(
      [...cookies].filter(
        ([, c]) =>
          (c.expiresAt === null || c.expiresAt > now) &&
          (url.pathname === c.path || url.pathname.startsWith(c.path.replace(/\/?$/, '/'))),
      ),
    );
  }

  private store(url: URL, line: string): void {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq < 1) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    let path = '/';
    let expiresAt: number | null = null;
    for (const attribute of attributes) {
      const [key = '', ...rest] = attribute.split('=');
      const attrValue = rest.join('=').trim();
      const lower = key.trim().toLowerCase();
      if (lower === 'path' && attrValue.startsWith('/')) path = attrValue;
      if (lower === 'max-age') expiresAt = Date.now() + Number(attrValue) * 1000;
      if (lower === 'expires' && expiresAt === null) expiresAt = Date.parse(attrValue);
    }
    const cookies = this.jar.get(url.hostname) ?? new Map<string, StoredCookie>();
    if (expiresAt !== null && expiresAt <= Date.now()) cookies.delete(name);
    else cookies.set(name, { value, path, expiresAt });
    this.jar.set(url.hostname, cookies);
  }
}
