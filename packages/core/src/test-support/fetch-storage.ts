import type { ResolvedAuthKitConfig } from '../config/types.js';
import { parseCookieHeader } from '../cookies/parse.js';
import { CookieSessionStorage } from '../session/storage.js';

/** The storage a Fetch-API framework would write: reads cookies from a `Request`. */
export class FetchStorage extends CookieSessionStorage<Request, Response> {
  constructor(config: ResolvedAuthKitConfig) {
    super(config);
  }

  async getCookie(request: Request, name: string): Promise<string | null> {
    return parseCookieHeader(request.headers.get('cookie'))[name] ?? null;
  }
}

/** A GET request to `url` carrying a `Cookie` header. */
export function requestWithCookies(url: string, cookieHeader = ''): Request {
  return new Request(url, cookieHeader ? { headers: { cookie: cookieHeader } } : {});
}
