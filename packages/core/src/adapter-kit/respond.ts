import { appendHeaderBag, type HeaderBag, setCookieLines } from '../cookies/header-bag.js';

/** Cache-Control for every response that sets or clears an auth cookie. */
export const NO_STORE = 'no-store';

/**
 * Appends a header bag to a Fetch response (one header per `Set-Cookie` line) and marks it
 * `Cache-Control: no-store` when it writes cookies. Mutates and returns `response`, so a framework
 * response subclass keeps its type; copy an immutable response first (`new Response(r.body, r)`).
 */
export function withHeaderBag<T extends Response>(
  response: T,
  bag: HeaderBag | undefined | null,
): T {
  if (!bag) return response;
  appendHeaderBag(response.headers, bag);
  if (setCookieLines(bag).length > 0) response.headers.set('Cache-Control', NO_STORE);
  return response;
}

/** Cache-Control for responses to a signed-in request: never stored by a shared or browser cache. */
export const PRIVATE_NO_STORE = 'private, no-store';

/**
 * Marks a response that was built for a session: `Vary: Cookie` (added to any existing `Vary`),
 * and, when `signedIn`, `Cache-Control: private, no-store` unless it already says both (user data
 * must never be served from a cache to someone else, or from the back/forward cache after
 * sign-out). Adapters' session middleware call it on every response; mutates `headers`.
 */
export function markSessionResponse(headers: Headers, signedIn: boolean): void {
  const vary = headers.get('Vary');
  if (!vary) headers.set('Vary', 'Cookie');
  else if (vary !== 'Cookie' && vary.trim() !== '*' && !/(^|,)\s*cookie\s*(,|$)/i.test(vary)) {
    headers.set('Vary', `${vary}, Cookie`);
  }
  if (!signedIn) return;
  const cacheControl = headers.get('Cache-Control') ?? '';
  if (cacheControl === PRIVATE_NO_STORE) return;
  if (!/\bprivate\b/i.test(cacheControl) || !/\bno-store\b/i.test(cacheControl)) {
    headers.set('Cache-Control', PRIVATE_NO_STORE);
  }
}

/** A redirect response whose headers can still be changed (unlike `Response.redirect`). */
export function redirectResponse(location: string, status: 302 | 303 | 307 = 307): Response {
  return new Response(null, { status, headers: { Location: location } });
}
