import { CookieJar } from 'tough-cookie';

/** One request/response pair seen while following redirects. */
export interface Hop {
  method: string;
  url: URL;
  status: number;
  location: URL | null;
  /** The raw `Set-Cookie` lines of the response. */
  setCookie: string[];
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
export interface TestBrowserOptions {
  /** The app's origin, e.g. `http://localhost:3000`. */
  origin: string;
  /** The emulator's URL: its sign-in page gets `loginHint` (standing in for picking a user). */
  emulatorUrl: string;
  loginHint?: string;
  /** Answers requests to `origin` in-process (e.g. Hono's `app.request`); others go over HTTP. */
  appFetch?: (request: Request) => Response | Promise<Response>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A scripted browser for tests of an app signing in at the emulator: a `tough-cookie` jar, redirects followed hop by hop over real
 * HTTP (so every Set-Cookie is seen), an `Origin` header on form posts, and a `login_hint` on the
 * emulator's sign-in page.
 */
export class TestBrowser {
  private readonly jar = new CookieJar();
  readonly origin: string;

  constructor(private readonly options: TestBrowserOptions) {
    this.origin = new URL(options.origin).origin;
  }

  /** Sends one request without following redirects; cookies are sent and stored. */
  async send(target: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = this.withLoginHint(new URL(target, this.origin));
    const headers = new Headers(init.headers);
    if (!headers.has('accept')) headers.set('accept', 'text/html,application/xhtml+xml');
    const cookie = this.jar.getCookieStringSync(url.href);
    if (cookie) headers.set('cookie', cookie);
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD' && !headers.has('origin')) {
      headers.set('origin', url.origin);
    }
    const request = new Request(url, { ...init, method, headers, redirect: 'manual' });
    const { appFetch } = this.options;
    const response =
      appFetch && url.origin === this.origin ? await appFetch(request) : await fetch(request);
    for (const line of response.headers.getSetCookie()) {
      this.jar.setCookieSync(line, url.href, { ignoreError: true });
    }
    return response;
  }

  /** Navigates like a browser: follows up to 15 redirects, 302/303 turning into GET. */
  async navigate(target: string | URL, init: RequestInit = {}): Promise<Navigation> {
    let url = new URL(target, this.origin);
    let current = init;
    const hops: Hop[] = [];
    for (let i = 0; i < 15; i++) {
      const method = (current.method ?? 'GET').toUpperCase();
      const response = await this.send(url, current);
      const header = response.headers.get('location');
      const location = header ? new URL(header, url) : null;
      const setCookie = response.headers.getSetCookie();
      hops.push({ method, url, status: response.status, location, setCookie });
      if (!REDIRECTS.has(response.status) || !location) {
        const body = await response.text();
        return { url, status: response.status, headers: response.headers, body, hops };
      }
      await response.body?.cancel();
      if (response.status !== 307 && response.status !== 308) current = { method: 'GET' };
      url = location;
    }
    throw new Error(`Too many redirects starting at ${String(target)}`);
  }

  /** Submits a URL-encoded form with POST and follows the redirects. */
  submit(path: string, fields: Record<string, string> = {}): Promise<Navigation> {
    return this.navigate(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Fetches a JSON endpoint of the app (no redirects followed). */
  async getJson(path: string): Promise<{ status: number; headers: Headers; json: unknown }> {
    const response = await this.send(path, { headers: { accept: 'application/json' } });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: response.status, headers: response.headers, json };
  }

  /** Names of the cookies the browser holds for the app. */
  cookieNames(): string[] {
    return this.jar.getCookiesSync(this.origin).map((cookie) => cookie.key);
  }

  private withLoginHint(url: URL): URL {
    const authorize = new URL('/user_management/authorize', this.options.emulatorUrl);
    const isAuthorize = url.origin === authorize.origin && url.pathname === authorize.pathname;
    if (!isAuthorize || !this.options.loginHint || url.searchParams.has('login_hint')) return url;
    const hinted = new URL(url);
    hinted.searchParams.set('login_hint', this.options.loginHint);
    return hinted;
  }
}

/** The text of the first element carrying `data-testid="id"` in an HTML page. */
export function testId(html: string, id: string): string | undefined {
  return new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

/** The texts of every element carrying `data-testid="id"` (e.g. each permission chip). */
export function testIds(html: string, id: string): string[] {
  return [...html.matchAll(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]!);
}
