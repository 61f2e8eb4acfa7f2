import { CookieJar, setCookiesOf } from './cookie-jar.js';
import type { StressAuthService } from './service.js';

/**
 * Signs `email` in through the real PKCE flow: createSignIn → the emulator's authorize
 * endpoint (login_hint redirects straight back) → handleCallback. Returns the browser's jar.
 */
export async function signIn(
  service: StressAuthService,
  email = 'alice@example.com',
  returnPathname = '/account',
): Promise<{ jar: CookieJar; returnPathname: string; sessionId: string }> {
  const jar = new CookieJar();
  const start = await service.createSignIn(undefined, { returnPathname, loginHint: email });
  jar.apply(setCookiesOf(start.headers));
  const authorize = await fetch(start.url, { redirect: 'manual' });
  const location = authorize.headers.get('location');
  if (authorize.status !== 302 || !location) {
    throw new Error(`authorize did not redirect back (status ${authorize.status})`);
  }
  const callback = new URL(location);
  const request = new Request(callback, { headers: { cookie: jar.header() } });
  const result = await service.handleCallback(request, undefined, {
    code: callback.searchParams.get('code'),
    state: callback.searchParams.get('state'),
  });
  jar.apply(setCookiesOf(result.headers));
  return { jar, returnPathname: result.returnPathname, sessionId: result.auth.sessionId };
}

/** A request to `path` carrying the jar's cookies. */
export function requestWith(jar: CookieJar, path = '/account'): Request {
  return new Request(new URL(path, 'http://localhost:3000'), { headers: { cookie: jar.header() } });
}
