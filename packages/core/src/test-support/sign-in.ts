import type { Emulator } from '@workos/authkit-emulator';
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

/**
 * Signs Bob in as impersonated by support@example.com ("ticket 42"): a code the emulator mints
 * with an impersonator, exchanged through `service.handleCallback`.
 */
export async function signInImpersonated(
  service: AuthService<Request, Response>,
  emulator: Pick<Emulator, 'createAuthorizationCode'>,
) {
  const started = await service.createSignIn(undefined, {});
  const authorize = new URL(started.url).searchParams;
  const code = emulator.createAuthorizationCode({
    user: 'bob@example.com',
    codeChallenge: authorize.get('code_challenge') ?? '',
    impersonator: { email: 'support@example.com', reason: 'ticket 42' },
  });
  const request = requestWithCookies(
    'http://localhost:3000/callback',
    cookieHeaderFrom(started.headers),
  );
  return service.handleCallback(request, undefined, { code, state: authorize.get('state') });
}
