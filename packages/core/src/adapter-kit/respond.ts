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

/** A redirect response whose headers can still be changed (unlike `Response.redirect`). */
export function redirectResponse(location: string, status: 302 | 303 | 307 = 307): Response {
  return new Response(null, { status, headers: { Location: location } });
}
