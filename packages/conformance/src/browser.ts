import { CookieJar, type SetCookie, setCookieLines } from './cookie-jar.js';

/** One request/response pair seen while following redirects. */
export interface Hop {
  method: string;
  url: URL;
  status: number;
  location: URL | null;
  setCookies: SetCookie[];
  headers: Headers;
}

/** The outcome of a navigation: the final response (body already read) and every hop on the way. */
export interface Navigation {
  url: URL;
  status: number;
  headers: Headers;
  body: string;
  hops: Hop[];
}

/** What the browser needs to know about the app under test and the emulator. */
export interface BrowserOptions {
  appFetch: (request: Request) => Promise<Response>;
  origin: string;
  emulatorUrl: string;
  /** Added to every emulator authorize URL, standing in for the user picking an account. */
  loginHint?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A scripted browser: a cookie jar for the app's origin, redirects followed by hand through
 * the app (in-process `fetch`) and the emulator (real HTTP), a `login_hint` on sign-in pages.
 */
export class Browser {
  readonly jar: CookieJar;
  readonly origin: string;
  loginHint: string | undefined;
  /** The last app page a navigation ended on (sent as `Referer` by {@link Browser.submit}). */
  lastPage: URL | undefined;

  constructor(private readonly options: BrowserOptions) {
    this.origin = new URL(options.origin).origin;
    this.jar = new CookieJar(this.origin);
    this.loginHint = options.loginHint;
  }

  /** The absolute URL for a path on the app. */
  url(path: string): URL {
    return new URL(path, this.origin);
  }

  /** Sends one request without following redirects; app cookies are sent and stored. */
  async send(target: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = typeof target === 'string' ? this.url(target) : target;
    if (url.origin !== this.origin) {
      return fetch(this.withLoginHint(url), { ...init, redirect: 'manual' });
    }
    const headers = new Headers(init.headers);
    if (!headers.has('accept')) headers.set('accept', 'text/html,application/xhtml+xml');
    const cookie = this.jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD' && !headers.has('origin')) {
      headers.set('origin', this.origin);
    }
    const response = await this.options.appFetch(
      new Request(url, { ...init, method, headers, redirect: 'manual' }),
    );
    this.jar.store(response, url);
    return response;
  }

  /** Navigates like a browser: follows up to 15 redirects, 302/303 turning into GET. */
  async navigate(target: string | URL, init: RequestInit = {}): Promise<Navigation> {
    let url = typeof target === 'string' ? this.url(target) : target;
    let current: RequestInit = init;
    const hops: Hop[] = [];
    for (let i = 0; i < 15; i++) {
      const method = (current.method ?? 'GET').toUpperCase();
      const response = await this.send(url, current);
      const locationHeader = response.headers.get('location');
      const location = locationHeader ? new URL(locationHeader, url) : null;
      hops.push({
        method,
        url,
        status: response.status,
        location,
        setCookies: setCookieLines(response),
        headers: response.headers,
      });
      if (!REDIRECTS.has(response.status) || !location) {
        const body = await response.text();
        if (url.origin === this.origin) this.lastPage = url;
        return { url, status: response.status, headers: response.headers, body, hops };
      }
      await response.body?.cancel();
      const keepMethod = response.status === 307 || response.status === 308;
      current = keepMethod
        ? current
        : { method: 'GET', headers: stripBodyHeaders(current.headers) };
      url = location;
    }
    throw new Error(`Too many redirects starting at ${String(target)}`);
  }

  /** Submits a URL-encoded form with POST from the last page, and follows the redirects. */
  submit(path: string, fields: Record<string, string> = {}): Promise<Navigation> {
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
    };
    if (this.lastPage) headers.referer = this.lastPage.href;
    return this.navigate(path, {
      method: 'POST',
      headers,
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Fetches a JSON endpoint of the app (no redirects followed). */
  async getJson(path: string): Promise<{ status: number; headers: Headers; json: unknown }> {
    const response = await this.send(path, { headers: { accept: 'application/json' } });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: response.status, headers: response.headers, json };
  }

  private withLoginHint(url: URL): URL {
    const authorize = new URL('/user_management/authorize', this.options.emulatorUrl);
    const isAuthorize = url.origin === authorize.origin && url.pathname === authorize.pathname;
    if (!isAuthorize || !this.loginHint || url.searchParams.has('login_hint')) return url;
    const hinted = new URL(url);
    hinted.searchParams.set('login_hint', this.loginHint);
    return hinted;
  }
}

function stripBodyHeaders(headers: HeadersInit | undefined): Headers {
  const copy = new Headers(headers);
  copy.delete('content-type');
  copy.delete('content-length');
  return copy;
}
