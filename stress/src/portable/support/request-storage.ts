import { CookieSessionStorage } from '@workos/authkit-session';
import { parseCookieHeader } from '@workos/authkit-session/adapter';

/** Headers-only cookie storage over a Fetch `Request`, as a custom-framework user would write it. */
export class RequestCookieStorage extends CookieSessionStorage<Request, Response> {
  async getCookie(request: Request, name: string): Promise<string | null> {
    return parseCookieHeader(request.headers.get('cookie'))[name] ?? null;
  }
}
