import { CookieSessionStorage, type HeaderBag } from '@workos/authkit-session';
import { parseCookieHeader, readCookie, withHeaderBag } from '@workos/authkit-session/adapter';
import type { Context } from 'hono';

/** Session cookie storage that reads cookies from a Hono `Context`. */
export class HonoCookieSessionStorage extends CookieSessionStorage<Context, Response> {
  /** Reads one cookie from the request, URL-decoded, or `null`. */
  async getCookie(c: Context, name: string): Promise<string | null> {
    return readCookie(c.req.header('cookie'), name);
  }

  /** Names of every cookie on the request. */
  override async getCookieNames(c: Context): Promise<string[]> {
    return Object.keys(parseCookieHeader(c.req.header('cookie')));
  }

  /** Appends the headers to a copy of `response` when one is given (each `Set-Cookie` separately). */
  protected override async applyHeaders(
    response: Response | undefined,
    headers: HeaderBag,
  ): Promise<{ response: Response } | undefined> {
    return response && { response: withHeaderBag(new Response(response.body, response), headers) };
  }
}
