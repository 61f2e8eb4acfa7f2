import { CookieJar } from './cookie-jar.js';

/** One request/response pair seen while following redirects. */
export interface Hop {
  method: string;
  url: URL;
  status: number;
  location: URL | null;
  /** The raw `Set-Cookie` lines of the response. */
  setCookie: string[];
  headers: Headers;
}

/** The outcome of a navigation: the final response (body already read) and every hop on the way. */
export interface Navigation<THop extends Hop = Hop> {
  url: URL;
  status: number;
  headers: Headers;
  body: string;
  hops: THop[];
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
 * A scripted browser for tests of an app signing in at the emulator: a `tough-cookie` jar (Path
 * and Domain scoped), redirects followed hop by hop (so every Set-Cookie is seen; a 301/302/303
 * turns into a GET without the body headers), an `Origin` header on form posts and a `Referer`
 * (the last app page), and a `login_hint` on the emulator's sign-in page.
 */
export class TestBrowser {
  readonly jar: CookieJar;
  readonly origin: string;
  /** Added to the emulator's authorize URL, standing in for the user picking an account. */
  loginHint: string | undefined;
  /** The last app page a navigation ended on (sent as `Referer` by {@link TestBrowser.submit}). */
  lastPage: URL | undefined;

  constructor(private readonly options: TestBrowserOptions) {
    this.origin = new URL(options.origin).origin;
    this.jar = new CookieJar(this.origin);
    this.loginHint = options.loginHint;
  }

  /** The absolute URL for a path on the app. */
  url(path: string | URL): URL {
    return new URL(path, this.origin);
  }

  /** Sends one request without following redirects; cookies are sent and stored. */
  async send(target: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = this.withLoginHint(this.url(target));
    const headers = new Headers(init.headers);
    if (!headers.has('accept')) headers.set('accept', 'text/html,application/xhtml+xml');
    const cookie = this.jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD' && !headers.has('origin')) {
      headers.set('origin', url.origin);
    }
    const request = new Request(url, { ...init, method, headers, redirect: 'manual' });
    const { appFetch } = this.options;
    const response =
      appFetch && url.origin === this.origin ? await appFetch(request) : await fetch(request);
    this.jar.store(response, url);
    return response;
  }

  /** Navigates like a browser: follows up to 15 redirects, 301/302/303 turning into GET. */
  async navigate(target: string | URL, init: RequestInit = {}): Promise<Navigation> {
    let url = this.url(target);
    let current = init;
    const hops: Hop[] = [];
    for (let i = 0; i < 15; i++) {
      const method = (current.method ?? 'GET').toUpperCase();
      const response = await this.send(url, current);
      const header = response.headers.get('location');
      const location = header ? new URL(header, url) : null;
      const { status, headers } = response;
      hops.push({ method, url, status, location, setCookie: headers.getSetCookie(), headers });
      if (!REDIRECTS.has(status) || !location) {
        const body = await response.text();
        if (url.origin === this.origin) this.lastPage = url;
        return { url, status, headers, body, hops };
      }
      await response.body?.cancel();
      if (status !== 307 && status !== 308) {
        current = { method: 'GET', headers: withoutBodyHeaders(current.headers) };
      }
      url = location;
    }
    throw new Error(`Too many redirects starting at ${String(target)}`);
  }

  /** Submits a URL-encoded form with POST from the last page, and follows the redirects. */
  submit(path: string, fields: Record<string, string> = {}): Promise<Navigation> {
    return this.navigate(path, this.form(fields));
  }

  /** Posts a URL-encoded form (fields, or an encoded body) from the last page; no redirect followed. */
  sendForm(path: string, fields: Record<string, string> | string = {}): Promise<Response> {
    return this.send(path, this.form(fields));
  }

  private form(fields: Record<string, string> | string): RequestInit {
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
    };
    if (this.lastPage) headers.referer = this.lastPage.href;
    const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
    return { method: 'POST', headers, body };
  }

  /** Fetches a JSON endpoint of the app (no redirects followed); a body that is not JSON is its text. */
  async getJson(path: string): Promise<{ status: number; headers: Headers; json: unknown }> {
    const response = await this.send(path, { headers: { accept: 'application/json' } });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: response.status, headers: response.headers, json };
  }

  /** Names of the cookies the browser sends to the app's `/`. */
  cookieNames(): string[] {
    return this.jar.namesSentTo();
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

/** A request's headers without those describing its body (dropped when a redirect turns it into a GET). */
function withoutBodyHeaders(headers: HeadersInit | undefined): Headers {
  const copy = new Headers(headers);
  copy.delete('content-type');
  copy.delete('content-length');
  return copy;
}

/** The text of the first element carrying `data-testid="id"` in an HTML page. */
export function testId(html: string, id: string): string | undefined {
  return new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

/** The texts of every element carrying `data-testid="id"` (e.g. each permission chip). */
export function testIds(html: string, id: string): string[] {
  return [...html.matchAll(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]!);
}
