import type { Emulator } from '@workos/authkit-emulator';
import type { HeaderBag } from '../cookies/header-bag.js';
import type { AuthService } from '../service/auth-service.js';
import { cookieHeaderFrom } from '../testing/set-cookie.js';
import { requestWithCookies } from './fetch-storage.js';

/**
 * Follows a started sign-in through the emulator (its `login_hint` skips the page) back to the
 * callback URL: the URL, its `code` and `state`, and the `Cookie` header with the verifier.
 */
export async function followToCallback(started: { url: string; headers?: HeaderBag }) {
  const redirect = await fetch(started.url, { redirect: 'manual' });
  const callback = new URL(redirect.headers.get('location') ?? '');
  return {
    callback,
    code: callback.searchParams.get('code'),
    state: callback.searchParams.get('state'),
    cookies: cookieHeaderFrom(started.headers),
  };
}

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
  const {
    callback: location,
    code,
    state,
    cookies: verifierCookies,
  } = await followToCallback(started);
  const callbackRequest = requestWithCookies(location.toString(), verifierCookies);
  const result = await service.handleCallback(callbackRequest, undefined, { code, state });
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
