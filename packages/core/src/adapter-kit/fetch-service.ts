import { readCookie } from '../cookies/parse.js';
import { AuthService } from '../service/auth-service.js';
import { CookieSessionStorage } from '../session/storage.js';

/**
 * Session storage for frameworks built on Fetch `Request`s: cookies are read from the `Cookie`
 * header; writes come back from the service as header bags for the adapter to send.
 */
export class FetchSessionStorage extends CookieSessionStorage<Request, Response> {
  /** The value of cookie `name` on the request (URL-decoded), or `null`. */
  async getCookie(request: Request, name: string): Promise<string | null> {
    return readCookie(request.headers.get('cookie'), name);
  }

  /**
   * The session cookie, read in one pass without a promise per cookie when it is there in one
   * piece (the per-request path); chunked or absent, the base class reassembles it.
   */
  override readSession(
    request: Request,
  ): ReturnType<CookieSessionStorage<Request, Response>['readSession']> {
    const whole = readCookie(request.headers.get('cookie'), this.cookieName);
    return whole ? Promise.resolve({ value: whole, broken: false }) : super.readSession(request);
  }
}

/**
 * A getter for one process-wide {@link AuthService} over Fetch requests, created on first call
 * with {@link FetchSessionStorage} and the global configuration (read lazily on first use).
 */
export function lazyFetchAuthService(): () => AuthService<Request, Response> {
  let service: AuthService<Request, Response> | undefined;
  return () => {
    service ??= new AuthService<Request, Response>({
      sessionStorageFactory: (config) => new FetchSessionStorage(config),
    });
    return service;
  };
}
