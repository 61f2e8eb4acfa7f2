import { CookieJar } from 'tough-cookie';

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
 * A scripted browser: a `tough-cookie` jar (scoped by host, ignoring the port, Domain and Path, as
 * browsers do) that follows redirects hop by hop, so every Set-Cookie of every hop is seen and
 * recorded.
 */
export class ScriptedBrowser {
  private readonly jar = new CookieJar();

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
    const cookie = this.jar.getCookieStringSync(url.href);
    if (cookie) headers.cookie = cookie;
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      this.jar.setCookieSync(line, url.href, { ignoreError: true });
    }
    return response;
  }

  /** The value of a cookie the jar would send to `url`, if any. */
  cookie(url: string | URL, name: string): string | undefined {
    return this.jar.getCookiesSync(String(url)).find((cookie) => cookie.key === name)?.value;
  }

  /** Names of the cookies the jar would send to `url`. */
  cookieNames(url: string | URL): string[] {
    return this.jar.getCookiesSync(String(url)).map((cookie) => cookie.key);
  }

  /** Overwrites a cookie, as a user editing it in devtools would. */
  setCookie(url: string | URL, name: string, value: string): void {
    this.jar.setCookieSync(`${name}=${value}; Path=/`, String(url));
  }
}
