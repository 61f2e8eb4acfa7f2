import { InvalidArgumentError } from '@workos/authkit-session';
import { applySetCookieLines, signInRedirectStatus } from '@workos/authkit-session/adapter';
import { type NextRequest, NextResponse } from 'next/server';

/**
 * Request headers the proxy hands to the same request's server components and route handlers
 * (never sent to the browser; any copy sent by the browser is removed first). None of them says
 * who the user is: `withAuth()` always reads and verifies the session cookie itself.
 */
export const AUTHKIT_REQUEST_HEADERS = [
  'x-workos-middleware',
  'x-url',
  'x-redirect-uri',
  'x-sign-up-paths',
  'x-workos-session',
] as const;

/** One of {@link AUTHKIT_REQUEST_HEADERS}. */
export type AuthkitRequestHeader = (typeof AUTHKIT_REQUEST_HEADERS)[number];

/** Private headers between `authkit()` and `handleAuthkitProxy()` (stripped like the others). */
export const AUTHORIZATION_URL_HEADER = 'x-workos-authorization-url';
export const PKCE_COOKIES_HEADER = 'x-workos-pkce-cookies';

/** Response headers `authkit()` may produce that reach the browser. */
const RESPONSE_HEADERS = new Set([
  'set-cookie',
  'cache-control',
  'vary',
  'www-authenticate',
  'proxy-authenticate',
  'link',
  'x-middleware-cache',
]);
const MULTI_VALUE = new Set(['set-cookie', 'www-authenticate', 'proxy-authenticate', 'link']);

/** True for an AuthKit request header (any `x-workos-*` included), case-insensitively. */
export function isAuthkitRequestHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    (AUTHKIT_REQUEST_HEADERS as readonly string[]).includes(lower) || lower.startsWith('x-workos-')
  );
}

/** `partitionAuthkitHeaders`' answer. */
export interface AuthkitHeadersResult {
  /** The request headers for the app's routes (`NextResponse.next({ request: { headers } })`). */
  requestHeaders: Headers;
  /** The headers for the browser (`applyResponseHeaders`). */
  responseHeaders: Headers;
}

/**
 * Splits the headers `authkit()` returned: AuthKit request headers (replacing any the browser
 * sent) plus the request's `cookie` updated with the `Set-Cookie` lines, so a refreshed session
 * is what this request's server components see; and the browser-bound headers (`Set-Cookie`,
 * `Cache-Control`, `Vary`, …), with `Cache-Control: no-store` whenever a cookie is set.
 */
export function partitionAuthkitHeaders(
  request: NextRequest,
  authkitHeaders: Headers,
): AuthkitHeadersResult {
  const requestHeaders = new Headers(request.headers);
  for (const name of request.headers.keys()) {
    if (isAuthkitRequestHeader(name)) requestHeaders.delete(name);
  }
  for (const name of AUTHKIT_REQUEST_HEADERS) {
    const value = authkitHeaders.get(name);
    if (value !== null) requestHeaders.set(name, value);
  }
  const responseHeaders = new Headers();
  for (const [name, value] of authkitHeaders) {
    if (RESPONSE_HEADERS.has(name) && !isAuthkitRequestHeader(name)) {
      mergeHeader(responseHeaders, name, value);
    }
  }
  const cookies = responseHeaders.getSetCookie();
  if (cookies.length > 0) {
    requestHeaders.set('cookie', applySetCookieLines(request.headers.get('cookie'), cookies));
    if (!responseHeaders.has('cache-control')) responseHeaders.set('cache-control', 'no-store');
  }
  return { requestHeaders, responseHeaders };
}

/** Adds browser-bound headers to `response` (appending `Set-Cookie`, merging `Vary`). */
export function applyResponseHeaders(
  response: NextResponse,
  responseHeaders: Headers,
): NextResponse {
  for (const [name, value] of responseHeaders) mergeHeader(response.headers, name, value);
  return response;
}

function mergeHeader(headers: Headers, name: string, value: string): void {
  const lower = name.toLowerCase();
  if (MULTI_VALUE.has(lower)) {
    headers.append(name, value);
  } else if (lower === 'vary') {
    const merged = new Set(
      [...(headers.get('vary') ?? '').split(','), ...value.split(',')]
        .map((part) => part.trim())
        .filter(Boolean),
    );
    headers.set('vary', [...merged].join(', '));
  } else {
    headers.set(name, value);
  }
}

/** A redirect status `handleAuthkitProxy` accepts. */
export type AuthkitRedirectStatus = 302 | 303 | 307 | 308;

/** Options of {@link handleAuthkitProxy}. */
export interface HandleAuthkitHeadersOptions {
  /** Redirect there (absolute, or relative to the request URL) instead of continuing. */
  redirect?: string | URL;
  /** Default 307 for GET/HEAD, 303 otherwise. */
  redirectStatus?: AuthkitRedirectStatus;
}

/**
 * The proxy's response for a custom composition of `authkit()`: continues to the app with the
 * AuthKit request headers (or redirects to `options.redirect`), carrying the browser-bound
 * headers. The sign-in verifier cookie is only set when redirecting to `authorizationUrl`.
 */
export function handleAuthkitProxy(
  request: NextRequest,
  authkitHeaders: Headers,
  options: HandleAuthkitHeadersOptions = {},
): NextResponse {
  // Copied only to add the verifier cookies of a redirect: the caller's headers stay as they are.
  let headers = authkitHeaders;
  const { redirect } = options;
  let target: URL | undefined;
  if (redirect !== undefined && redirect !== null && redirect !== '') {
    headers = new Headers(authkitHeaders);
    try {
      target = redirect instanceof URL ? redirect : new URL(redirect, request.url);
    } catch {
      throw new InvalidArgumentError(
        `handleAuthkitProxy: the redirect ${JSON.stringify(String(redirect))} is not a valid absolute or relative URL.`,
      );
    }
    const authorizationUrl = headers.get(AUTHORIZATION_URL_HEADER);
    if (authorizationUrl && target.href === new URL(authorizationUrl).href) {
      for (const line of pendingVerifierCookies(headers)) headers.append('set-cookie', line);
    }
  }
  const { requestHeaders, responseHeaders } = partitionAuthkitHeaders(request, headers);
  const response = target
    ? NextResponse.redirect(target, options.redirectStatus ?? signInRedirectStatus(request.method))
    : NextResponse.next({ request: { headers: requestHeaders } });
  return applyResponseHeaders(response, responseHeaders);
}

/** Alias of {@link handleAuthkitProxy} (the name `@workos-inc/authkit-nextjs` deprecated). */
export const handleAuthkitHeaders: typeof handleAuthkitProxy = handleAuthkitProxy;

function pendingVerifierCookies(headers: Headers): string[] {
  try {
    const lines: unknown = JSON.parse(headers.get(PKCE_COOKIES_HEADER) ?? '[]');
    return Array.isArray(lines) ? lines.filter((line) => typeof line === 'string') : [];
  } catch {
    return [];
  }
}
