import { CookieSessionStorage, parseCookieHeader } from '@workos/authkit-session';

/**
 * Cookie storage for TanStack Start: reads cookies from the incoming `Request`. Writes come back
 * from the core as header bags, which the adapter sends through the Start response
 * (see `applyHeaderBag`).
 */
export class TanStackStartSessionStorage extends CookieSessionStorage<Request, Response> {
  /** The value of cookie `name` on the request, or `null`. */
  async getCookie(request: Request, name: string): Promise<string | null> {
    return parseCookieHeader(request.headers.get('cookie'))[name] ?? null;
  }
}
