import { appendResponseHeader, setResponseHeader } from '@tanstack/react-start/server';
import type { HeaderBag } from '@workos/authkit-session';
import { markSessionResponse, PRIVATE_NO_STORE } from '@workos/authkit-session/adapter';

/**
 * Sends a header bag from the core to the response TanStack Start is building for the current
 * request (page, server route, server function or redirect alike). Each `Set-Cookie` entry is
 * appended as its own header; a later write of the same cookie replaces an earlier one.
 */
export function applyHeaderBag(headers: HeaderBag | undefined): void {
  if (!headers) return;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'set-cookie') {
      for (const line of Array.isArray(value) ? value : [value])
        appendResponseHeader('set-cookie', line);
    } else {
      setResponseHeader(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
}

/**
 * Marks the response of a request the middleware read the session for: `Vary: Cookie` always,
 * `Cache-Control: private, no-store` when signed in. A mutable response is marked in place; the
 * same values then go into Start's response helpers, which Start applies to whatever response
 * leaves the pipeline (an immutable `Response.redirect` gets a copy carrying them), so a handler's
 * own `setResponseHeader('cache-control' | 'vary', …)` cannot undo them on the way out. Equal
 * values there cost Start no copy of the response (an append would: it copies the headers and
 * rebuilds the response on every request).
 */
export function markSessionHeaders(response: unknown, signedIn: boolean): void {
  let headers: Headers;
  if (response instanceof Response) {
    headers = response.headers;
    try {
      markSessionResponse(headers, signedIn);
    } catch {
      // Immutable headers: mark a copy; the helpers below carry its values out.
      headers = new Headers(headers);
      markSessionResponse(headers, signedIn);
    }
  } else {
    headers = new Headers();
    markSessionResponse(headers, signedIn);
  }
  setResponseHeader('vary', headers.get('vary') as string);
  if (signedIn) setResponseHeader('cache-control', headers.get('cache-control') as string);
}

/** {@link markSessionHeaders} for a request whose handler threw: Start's error page carries them. */
export function markSessionError(signedIn: boolean): void {
  appendResponseHeader('vary', 'Cookie');
  if (signedIn) setResponseHeader('cache-control', PRIVATE_NO_STORE);
}
