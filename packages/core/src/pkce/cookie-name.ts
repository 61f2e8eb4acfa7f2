import {
  type CookieNamePrefix,
  flowIdFromState,
  PKCE_COOKIE_PREFIX,
  verifierCookieName,
} from './flow.js';

/**
 * FNV-1a (32-bit) of the UTF-8 bytes of `input`, as 8 lowercase hex digits. 0.7.x named a flow's
 * verifier cookie after this hash of its sealed `state`; it only namespaces cookies (a collision
 * still fails the constant-time state comparison), so it is not a security boundary.
 */
function fnv1a32Hex(input: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(input)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The verifier cookie name of the sign-in flow a callback `state` belongs to: `wos-auth-verifier-
 * <flowId>` for a state this package issued, and 0.7.x's `wos-auth-verifier-<fnv1a(state)>` for
 * any other state (a sign-in started on an instance still running 0.7.x). `prefix` is the session
 * cookie's `__Host-`/`__Secure-` prefix, which verifier cookies take too.
 */
export function getPKCECookieNameForState(state: string, prefix: CookieNamePrefix = ''): string {
  const flowId = flowIdFromState(state);
  return flowId
    ? verifierCookieName(flowId, prefix)
    : `${prefix}${PKCE_COOKIE_PREFIX}-${fnv1a32Hex(state)}`;
}
