import { readCookie } from '../cookies/parse.js';
import { AuthService } from '../service/auth-service.js';
import { CookieSessionStorage } from '../session/storage.js';

/**
 * What {@link FetchSessionStorage} reads of a request: its `Cookie` header, through
 * `headers.get('cookie')`. A Fetch `Request` is one; so is `{ headers: new Headers({ cookie }) }`,
 * which an adapter can hand the service without building a whole `Request`.
 */
export interface CookieHeaderSource {
  readonly headers: { get(name: string): string | null };
}

/**
 * Session storage for frameworks built on Fetch `Request`s: cookies are read from the `Cookie`
 * header; writes come back from the service as header bags for the adapter to send.
 */
export class FetchSessionStorage<
  TRequest extends CookieHeaderSource = Request,
> extends CookieSessionStorage<TRequest, Response> {
  /** The value of cookie `name` on the request (URL-decoded), or `null`. */
  async getCookie(request: TRequest, name: string): Promise<string | null> {
    return this.readCookieNow(request, name);
  }

  /** The same, synchronously: the session is read without a promise per cookie. */
  protected override readCookieNow(request: TRequest, name: string): string | null {
    return readCookie(request.headers.get('cookie'), name);
  }
}

/**
 * A getter for one process-wide {@link AuthService} over Fetch requests (or any
 * {@link CookieHeaderSource}), created on first call with {@link FetchSessionStorage} and the
 * global configuration (read lazily on first use).
 */
export function lazyFetchAuthService<
  TRequest extends CookieHeaderSource = Request,
>(): () => AuthService<TRequest, Response> {
  let service: AuthService<TRequest, Response> | undefined;
  return () => {
    service ??= new AuthService<TRequest, Response>({
      sessionStorageFactory: (config) => new FetchSessionStorage<TRequest>(config),
    });
    return service;
  };
}
