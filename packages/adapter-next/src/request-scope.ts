import { getConfigurationProvider, type HeaderBag, UsageError } from '@workos/authkit-session';
import {
  assertRequestOrigin,
  type CookieHeaderSource,
  writeSetCookieLines,
} from '@workos/authkit-session/adapter';
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js';
import { cookies, headers } from 'next/headers';

/**
 * The current server component / route handler / server action's cookies, as the `Cookie` header
 * the auth service reads (nothing else from the request decides who the user is). The cookies come
 * from `cookies()`, not the raw `Cookie` header: after a server action set the session (an
 * organization switch, a refresh), Next re-renders the page with the cookies the action wrote,
 * and that render must see the new session, not the one the request came with. A plain
 * {@link CookieHeaderSource}, not a Fetch `Request` (building one costs every `withAuth()` call
 * about 5 µs and an `AbortSignal` for the garbage collector).
 */
export async function currentRequest(): Promise<CookieHeaderSource> {
  const cookie = (await cookies())
    .getAll()
    .map(({ name, value }) => `${name}=${encodeURIComponent(value)}`)
    .join('; ');
  return {
    headers: { get: (name: string) => (cookie && name.toLowerCase() === 'cookie' ? cookie : null) },
  };
}

/** The path (with query) being rendered, as the proxy reported it (`x-url`); `/` when unknown. */
export async function currentPathname(): Promise<string> {
  const value = (await headers()).get('x-url');
  if (!value) return '/';
  try {
    const url = new URL(value);
    return url.pathname + url.search;
  } catch {
    return '/';
  }
}

/**
 * The proxy's `redirectUri` and `signUpPaths` options for this request (`x-redirect-uri`,
 * `x-sign-up-paths`), so `withAuth({ ensureSignedIn })` signs in the way the proxy would.
 * Neither says who the user is; a malformed value is ignored.
 */
export async function proxyOptions(): Promise<{ redirectUri?: string; signUpPaths: string[] }> {
  const list = await headers();
  const redirectUri = list.get('x-redirect-uri') ?? undefined;
  let signUpPaths: string[] = [];
  try {
    const parsed: unknown = JSON.parse(list.get('x-sign-up-paths') ?? '[]');
    if (Array.isArray(parsed)) signUpPaths = parsed.filter((p) => typeof p === 'string');
  } catch {
    signUpPaths = [];
  }
  const valid = redirectUri !== undefined && /^https?:\/\//.test(redirectUri);
  return valid ? { redirectUri, signUpPaths } : { signUpPaths };
}

/**
 * Whether `cookies()` can be written here: in route handlers and server actions, not while a
 * server component renders. Reads the phase Next itself checks before allowing `cookies().set`
 * (`action` is writable); with no Next store at all, assumes writable (a write then fails clearly).
 */
export function cookiesWritable(): boolean {
  const store = workUnitAsyncStorage.getStore() as { type?: string; phase?: string } | undefined;
  if (!store) return true;
  return store.type === 'request' && store.phase === 'action';
}

/**
 * Writes the `Set-Cookie` lines of a header bag through `cookies()`. Returns `false` when cookies
 * are read-only here (a server component render); with `required`, throws a clear error instead.
 */
export async function writeCookies(
  bag: HeaderBag | undefined,
  required: string | false,
): Promise<boolean> {
  const store = await cookies();
  try {
    writeSetCookieLines(store, bag);
    return true;
  } catch (cause) {
    if (!required) return false;
    throw new UsageError(
      `${required} writes auth cookies, so call it from a route handler or a server action, not while rendering a server component.`,
      'cookies_read_only',
      cause,
    );
  }
}

/**
 * Throws `CrossOriginRequestError` (code `cross_origin_request`) when the current request comes
 * from another site: its `Origin` (or `Sec-Fetch-Site`) must be this app's, i.e. the
 * `WORKOS_REDIRECT_URI` origin or the request's own host. Helpers that change the session
 * (sign-out, organization switch) call it first, so a route handler using them cannot be driven by
 * a cross-site form. Requests without either header (curl, server-to-server) pass.
 */
export async function assertSameOriginRequest(): Promise<void> {
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host');
  assertRequestOrigin(
    { method: 'POST', headers: requestHeaders },
    {
      redirectUri: getConfigurationProvider().getConfig().redirectUri,
      allowedOrigins: host ? [`https://${host}`, `http://${host}`] : [],
    },
  );
}
