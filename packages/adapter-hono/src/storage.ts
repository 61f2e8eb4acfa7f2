import {
  CookieSessionStorage,
  type HeaderBag,
  parseCookieHeader,
  readCookie,
  withHeaderBag,
} from '@workos/authkit-session/adapter';
import type { Context } from 'hono';

/** What the Hono service reads cookies from: a Hono `Context`, or its raw `Request` (adapter kit). */
export type HonoRequestSource = Context | Request;

function cookieHeader(source: HonoRequestSource): string | null | undefined {
  return 'req' in source ? source.req.header('cookie') : source.headers.get('cookie');
}

/** Session cookie storage that reads cookies from a Hono `Context` (or its raw `Request`). */
export class HonoCookieSessionStorage extends CookieSessionStorage<HonoRequestSource, Response> {
  /** Reads one cookie from the request, URL-decoded, or `null`. */
  async getCookie(source: HonoRequestSource, name: string): Promise<string | null> {
    return this.readCookieNow(source, name);
  }

  /** The same, synchronously: the session is read without a promise per cookie. */
  protected override readCookieNow(source: HonoRequestSource, name: string): string | null {
    return readCookie(cookieHeader(source), name);
  }

  /** Names of every cookie on the request. */
  override async getCookieNames(source: HonoRequestSource): Promise<string[]> {
    return Object.keys(parseCookieHeader(cookieHeader(source)));
  }

  /** Appends the headers to a copy of `response` when one is given (each `Set-Cookie` separately). */
  protected override async applyHeaders(
    response: Response | undefined,
    headers: HeaderBag,
  ): Promise<{ response: Response } | undefined> {
    return response && { response: withHeaderBag(new Response(response.body, response), headers) };
  }
}
