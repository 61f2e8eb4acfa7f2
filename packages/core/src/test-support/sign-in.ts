import type { AuthService } from '../service/auth-service.js';
import { cookieHeaderFrom } from '../testing/set-cookie.js';
import { requestWithCookies } from './fetch-storage.js';

/** Runs a real sign-in against the emulator and returns the callback result and cookie header. */
export async function signIn(
  service: AuthService<Request, Response>,
  options: {
    loginHint?: string;
    returnPathname?: string;
    organizationId?: string;
    state?: string;
  } = {},
) {
  const started = await service.createSignIn(undefined, {
    loginHint: options.loginHint ?? 'alice@example.com',
    ...(options.returnPathname ? { returnPathname: options.returnPathname } : {}),
    ...(options.organizationId ? { organizationId: options.organizationId } : {}),
    ...(options.state ? { state: options.state } : {}),
  });
  const redirect = await fetch(started.url, { redirect: 'manual' });
  const location = new URL(redirect.headers.get('location') ?? '');
  const verifierCookies = cookieHeaderFrom(started.headers);
  const callbackRequest = requestWithCookies(location.toString(), verifierCookies);
  const result = await service.handleCallback(callbackRequest, undefined, {
    code: location.searchParams.get('code'),
    state: location.searchParams.get('state'),
  });
  return {
    started,
    location,
    result,
    cookieHeader: cookieHeaderFrom(result.headers, verifierCookies),
  };
}
