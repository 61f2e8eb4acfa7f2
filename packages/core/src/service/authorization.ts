import { mergeHeaderBags } from '../cookies/header-bag.js';
import type { AuthorizationOptions } from '../types.js';
import { verifierSizes } from './pending-verifier.js';
import type { AuthorizationResult } from './results.js';
import type { ServiceRuntime } from './runtime.js';

/**
 * Builds a WorkOS sign-in URL and writes this flow's verifier cookie, clearing the pending
 * verifier cookies on `options.request` that would push the set past its count or size bound.
 */
export async function startAuthorization<TRequest, TResponse>(
  runtime: ServiceRuntime<TRequest, TResponse>,
  response: TResponse | undefined,
  options: AuthorizationOptions<TRequest>,
): Promise<AuthorizationResult<TResponse>> {
  const { operations, storage } = runtime;
  const { request, ...rest } = options;
  const names = request === undefined ? undefined : await storage.getCookieNames(request);
  const sizes = request === undefined ? undefined : await verifierSizes(storage, request, names);
  const prepared = await operations.createAuthorization(rest, names, sizes);
  const headers = mergeHeaderBags(
    storage.cookieHeaders(prepared.cookieName, prepared.cookieValue, prepared.cookieOptions),
    prepared.staleCookieNames.length > 0
      ? storage.clearCookieHeaders(prepared.staleCookieNames, prepared.cookieOptions)
      : undefined,
  );
  const write = await storage.writeHeaders(response, headers);
  return { ...write, url: prepared.url, cookieName: prepared.cookieName };
}
