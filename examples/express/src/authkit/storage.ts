import { CookieSessionStorage, type HeaderBag } from '@workos/authkit-session';
import { readCookie } from '@workos/authkit-session/adapter';
import type { Request, Response } from 'express';

/**
 * Writes a header bag from the core onto an Express response. Each `Set-Cookie` entry becomes its
 * own header line (`res.append`), never one comma-joined line; any other header replaces the old.
 */
export function applyHeaderBag(res: Response, headers: HeaderBag): void {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'set-cookie') {
      const lines = typeof value === 'string' ? [value] : value;
      for (const line of lines) res.append('Set-Cookie', line);
    } else {
      res.setHeader(name, value);
    }
  }
}

/**
 * The only framework-specific piece the core needs: how to read a cookie from an Express request
 * and how to put headers on an Express response.
 */
export class ExpressSessionStorage extends CookieSessionStorage<Request, Response> {
  /**
   * Reads one cookie (URL-decoded) from the raw `Cookie` header: `readCookie` copies and decodes
   * only that cookie, instead of parsing every cookie of the header on every request.
   */
  override async getCookie(req: Request, name: string): Promise<string | null> {
    return readCookie(req.headers.cookie, name);
  }

  /** Express responses are mutable: append the headers in place and hand the same `res` back. */
  protected override async applyHeaders(
    res: Response | undefined,
    headers: HeaderBag,
  ): Promise<{ response: Response } | undefined> {
    if (!res) return undefined;
    applyHeaderBag(res, headers);
    return { response: res };
  }
}
