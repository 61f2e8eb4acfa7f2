/** Which PKCE verifier cookies an error path clears, and the one way they are cleared. */
import type { WriteResult } from '../cookies/header-bag.js';
import { InvalidArgumentError } from '../errors.js';
import { getPKCECookieNameForState } from '../pkce/cookie-name.js';
import { cookieNamePrefix, isPKCEVerifierCookieName, PKCE_COOKIE_PREFIX } from '../pkce/flow.js';
import type { ServiceRuntime } from './runtime.js';

type Storage<TRequest, TResponse> = ServiceRuntime<TRequest, TResponse>['storage'];

/**
 * The verifier cookies to delete: the flow named by `state` (at most 8 KB, as a URL carries it)
 * and every pending verifier cookie on `request`; the bare prefix when neither names one.
 */
export async function pendingVerifierNames<TRequest, TResponse>(
  storage: Storage<TRequest, TResponse>,
  options: { state?: string | null; request?: TRequest },
): Promise<string[]> {
  const names = new Set<string>();
  if (typeof options.state === 'string' && options.state !== '' && options.state.length <= 8192) {
    names.add(getPKCECookieNameForState(options.state, cookieNamePrefix(storage.cookieName)));
  }
  if (options.request !== undefined) {
    for (const name of await storage.getCookieNames(options.request)) {
      if (isPKCEVerifierCookieName(name)) names.add(name);
    }
  }
  if (names.size === 0) names.add(`${cookieNamePrefix(storage.cookieName)}${PKCE_COOKIE_PREFIX}`);
  return [...names];
}

/** The `name=value` size of every verifier cookie among `names` on `request` (to bound their total). */
export async function verifierSizes<TRequest, TResponse>(
  storage: Storage<TRequest, TResponse>,
  request: TRequest,
  names: readonly string[] = [],
): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const name of names) {
    if (!isPKCEVerifierCookieName(name)) continue;
    const value = await storage.getCookie(request, name);
    sizes.set(name, name.length + 1 + (value?.length ?? 0));
  }
  return sizes;
}

/** Clears `names` with the verifier cookies' own attributes (`Secure` follows `redirectUri`). */
export function clearVerifierCookies<TRequest, TResponse>(
  runtime: ServiceRuntime<TRequest, TResponse>,
  response: TResponse | undefined,
  names: string[],
  redirectUri?: string,
): Promise<WriteResult<TResponse>> {
  const { operations, storage } = runtime;
  const cookieOptions = operations.verifierCookieOptions(redirectUri);
  return storage.writeHeaders(response, storage.clearCookieHeaders(names, cookieOptions));
}

/**
 * Clears one verifier cookie by name (0.7.x's `clearPendingVerifierByName`). Throws
 * `InvalidArgumentError` for a name that is not a verifier cookie's, so it can never clear the
 * session or another cookie of the app.
 */
export function clearVerifierByName<TRequest, TResponse>(
  runtime: ServiceRuntime<TRequest, TResponse>,
  response: TResponse | undefined,
  cookieName: string,
  redirectUri?: string,
): Promise<WriteResult<TResponse>> {
  if (typeof cookieName !== 'string' || !isPKCEVerifierCookieName(cookieName)) {
    throw new InvalidArgumentError(
      `"${String(cookieName).slice(0, 80)}" is not a sign-in verifier cookie name (they start with ${PKCE_COOKIE_PREFIX}-); only those can be cleared this way.`,
    );
  }
  return clearVerifierCookies(runtime, response, [cookieName], redirectUri);
}
