/**
 * `@workos/authkit-next/instrumentation`: keeps `Vary: Cookie` on App Router pages.
 *
 * While rendering a page, Next (15 and 16, Node runtime) calls `res.setHeader('Vary', …)` with its
 * router headers, which replaces the `Vary: Cookie` (and `Authorization`) the proxy set for a
 * request with a session. Responses stay `Cache-Control: private, no-store` either way; this keeps
 * `Vary` right for CDNs that key on it. Route handlers do not need it (Next appends their `Vary`).
 */

/** The `Vary` tokens the proxy sets for a request with a session, kept when Next sets its own. */
const SESSION_VARY = /^(cookie|authorization)$/i;
const PATCHED = Symbol.for('@workos/authkit-next/keep-session-vary');

type SetHeader = (name: string, value: number | string | readonly string[]) => unknown;
interface ResponsePrototype {
  setHeader: SetHeader;
  getHeader(name: string): unknown;
  [PATCHED]?: true;
}

function tokens(list: unknown): string[] {
  return String(list ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);
}

/** `next` plus each session token of `previous` that `next` lacks. */
export function mergeVary(previous: unknown, next: number | string | readonly string[]): string {
  const set = tokens([next].flat().join(','));
  const lower = new Set(set.map((token) => token.toLowerCase()));
  const kept = tokens(previous).filter(
    (token) => SESSION_VARY.test(token) && !lower.has(token.toLowerCase()),
  );
  return [...set, ...kept].join(', ');
}

/**
 * Makes every later `setHeader('Vary', …)` of Node's `ServerResponse` keep the `Cookie` /
 * `Authorization` tokens an earlier one set. Process-wide, idempotent, and only for `Vary`.
 * Returns `false` (and changes nothing) outside Node. `node:http` is taken with
 * `process.getBuiltinModule`, so bundling this module for the edge runtime imports nothing.
 */
export function keepSessionVary(): boolean {
  const http = globalThis.process?.getBuiltinModule?.('node:http');
  if (!http) return false;
  const proto = http.ServerResponse.prototype as unknown as ResponsePrototype;
  if (proto[PATCHED]) return true;
  const setHeader = proto.setHeader;
  proto.setHeader = function (this: ResponsePrototype, name, value) {
    if (name.toLowerCase() !== 'vary') return setHeader.call(this, name, value);
    return setHeader.call(this, name, mergeVary(this.getHeader('vary'), value));
  };
  proto[PATCHED] = true;
  return true;
}

/**
 * Next's `register` hook: `export { register } from '@workos/authkit-next/instrumentation'` in
 * your `instrumentation.ts`. Does nothing outside the Node runtime.
 */
export function register(): void {
  if (globalThis.process?.env.NEXT_RUNTIME === 'nodejs') keepSessionVary();
}
