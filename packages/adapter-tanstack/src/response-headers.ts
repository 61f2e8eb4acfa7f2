import {
  appendResponseHeader,
  getResponseHeader,
  setResponseHeader,
} from '@tanstack/react-start/server';
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
 * `Cache-Control: private, no-store` when signed in. A mutable response is marked in place. Start
 * applies its response helpers' values to whatever response leaves the pipeline, so where they
 * would say otherwise (a handler's own `setResponseHeader('cache-control' | 'vary', …)`, or an
 * immutable `Response.redirect`, which Start then copies) the marked values go into the helpers
 * too, and nothing can undo them on the way out. Otherwise the helpers are left untouched: any
 * helper state makes Start reconcile the response at every middleware layer, and an append copies
 * its headers and rebuilds it.
 */
export function markSessionHeaders(response: unknown, signedIn: boolean): void {
  let headers: Headers;
  if (response instanceof Response) {
    headers = response.headers;
    try {
      markSessionResponse(headers, signedIn);
    } catch {
      // Immutable headers: mark a copy; the helpers carry its values out.
      headers = new Headers(headers);
      markSessionResponse(headers, signedIn);
    }
  } else {
    headers = new Headers();
    markSessionResponse(headers, signedIn);
  }
  keepResponseHeader('vary', headers.get('vary') as string);
  if (signedIn) keepResponseHeader('cache-control', headers.get('cache-control') as string);
}

/** Sets a response helper's value where what Start would send differs from `value`. */
function keepResponseHeader(name: string, value: string): void {
  if (getResponseHeader(name) !== value) setResponseHeader(name, value);
}

/** {@link markSessionHeaders} for a request whose handler threw: Start's error page carries them. */
export function markSessionError(signedIn: boolean): void {
  appendResponseHeader('vary', 'Cookie');
  if (signedIn) setResponseHeader('cache-control', PRIVATE_NO_STORE);
}
