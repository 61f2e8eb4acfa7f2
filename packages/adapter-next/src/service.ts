import {
  type AuthService,
  CookieSessionStorage,
  createAuthService,
  parseCookieHeader,
} from '@workos/authkit-session';

/** Reads cookies from a Fetch `Request`'s `Cookie` header (NextRequest included). */
class NextCookieStorage extends CookieSessionStorage<Request, Response> {
  async getCookie(request: Request, name: string): Promise<string | null> {
    return parseCookieHeader(request.headers.get('cookie'))[name] ?? null;
  }
}

let service: AuthService<Request, Response> | undefined;

/** The process-wide AuthKit service the Next helpers share (lazy: config is read on first use). */
export function getAuthService(): AuthService<Request, Response> {
  service ??= createAuthService<Request, Response>({
    sessionStorageFactory: (config) => new NextCookieStorage(config),
  });
  return service;
}

/** Request header through which the proxy tells server components the path being rendered. */
export const PATHNAME_HEADER = 'x-authkit-pathname';

/** Cache-Control for every response that sets or clears an auth cookie. */
export const NO_STORE = 'no-store';
