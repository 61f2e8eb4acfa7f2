import { CrossOriginRequestError } from '../errors.js';

/** Request headers as a Fetch `Headers` or a Node-style record (`IncomingMessage#headers`). */
export type OriginHeaderSource =
  | { get(name: string): string | null }
  | Record<string, string | string[] | undefined>;

/** The parts of a request the origin check reads. A Fetch `Request` fits. */
export interface OriginCheckRequest {
  method: string;
  headers: OriginHeaderSource;
  /** The request URL; when absolute, its origin counts as the app's own. */
  url?: string;
}

/** Options of {@link checkRequestOrigin}. */
export interface OriginCheckOptions {
  /** The configured redirect URI (`WORKOS_REDIRECT_URI`): its origin is the app's public origin. */
  redirectUri?: string;
  /** More origins allowed to send the request (a separate front-end), e.g. `https://app.example.com`. */
  allowedOrigins?: readonly string[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function header(headers: OriginHeaderSource, name: string): string | null {
  if (typeof headers.get === 'function') return (headers as Headers).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function originOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { origin } = new URL(url);
  return origin === 'null' ? undefined : origin;
}

/** The origins a request may come from: the redirect URI's, the request URL's and `allowedOrigins`. */
function appOrigins(request: OriginCheckRequest, options: OriginCheckOptions): Set<string> {
  const origins = new Set<string>();
  for (const url of [options.redirectUri, request.url, ...(options.allowedOrigins ?? [])]) {
    const origin = originOf(url);
    if (origin) origins.add(origin);
  }
  return origins;
}

/**
 * Checks that a request comes from the app itself, for routes that change state (sign-out,
 * organization switch). A browser's `Origin` header must be one of the app's origins (the
 * redirect URI's, the request URL's, `allowedOrigins`); without it, `Sec-Fetch-Site` must be
 * `same-origin` or `none` (typed URL, bookmark). `GET`/`HEAD` top-level navigations are always
 * allowed (a link the user follows); requests from clients that send neither header (curl,
 * server-to-server) are allowed, since they cannot carry a victim's cookies. Returns the error to
 * answer with (403), or `undefined` when the request may proceed.
 */
export function checkRequestOrigin(
  request: OriginCheckRequest,
  options: OriginCheckOptions = {},
): CrossOriginRequestError | undefined {
  const navigation = header(request.headers, 'sec-fetch-mode') === 'navigate';
  if (navigation && SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
  const origin = header(request.headers, 'origin');
  if (origin !== null) {
    return appOrigins(request, options).has(origin) ? undefined : new CrossOriginRequestError();
  }
  const site = header(request.headers, 'sec-fetch-site');
  if (site === null || site === 'same-origin' || site === 'none') return undefined;
  return new CrossOriginRequestError();
}

/** Like {@link checkRequestOrigin}, but throws the `CrossOriginRequestError` (code `cross_origin_request`). */
export function assertRequestOrigin(
  request: OriginCheckRequest,
  options: OriginCheckOptions = {},
): void {
  const error = checkRequestOrigin(request, options);
  if (error) throw error;
}

/** The default answer to a refused cross-origin request: 403, uncached, the error code as text. */
export function crossOriginResponse(
  error: CrossOriginRequestError = new CrossOriginRequestError(),
): Response {
  return new Response(`Forbidden (${error.code}): ${error.message}\n`, {
    status: 403,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
