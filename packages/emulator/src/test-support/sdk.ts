import { WorkOS } from '@workos-inc/node';
import type { Emulator } from '../emulator.js';

/** The real SDK pointed at an emulator, with retries off. */
export function sdkFor(
  emulator: Emulator,
  options: { apiKey?: string; timeout?: number; maxRetries?: number; issuer?: string } = {},
): WorkOS {
  return new WorkOS(options.apiKey ?? emulator.apiKey, {
    apiHostname: '127.0.0.1',
    https: false,
    port: emulator.port,
    clientId: emulator.clientId,
    maxRetries: options.maxRetries ?? 0,
    ...(options.timeout ? { timeout: options.timeout } : {}),
    ...(options.issuer ? { issuer: options.issuer } : {}),
  });
}

/** The redirect URI the tests use. */
export const REDIRECT_URI = 'http://localhost:3000/callback';

/** Runs authorize through the SDK's URL builder with PKCE and `login_hint`, returning the callback params. */
export async function authorizeWithPkce(
  workos: WorkOS,
  options: { loginHint?: string; organizationId?: string; state?: string } = {},
) {
  const { codeVerifier, codeChallenge } = await workos.pkce.generate();
  const state = options.state ?? 'state-123';
  const url = workos.userManagement.getAuthorizationUrl({
    provider: 'authkit',
    clientId: workos.clientId!,
    redirectUri: REDIRECT_URI,
    codeChallenge,
    codeChallengeMethod: 'S256',
    state,
    loginHint: options.loginHint ?? 'alice@example.com',
    organizationId: options.organizationId,
  });
  const response = await fetch(url, { redirect: 'manual' });
  const location = new URL(response.headers.get('location') ?? 'http://invalid/');
  return {
    status: response.status,
    location,
    code: location.searchParams.get('code'),
    state: location.searchParams.get('state'),
    codeVerifier,
  };
}

/** Signs in through the SDK: {@link authorizeWithPkce}, then the code exchange with the verifier. */
export async function signInWithSdk(
  workos: WorkOS,
  options: Parameters<typeof authorizeWithPkce>[1] = {},
) {
  const { code, codeVerifier } = await authorizeWithPkce(workos, options);
  return workos.userManagement.authenticateWithCode({
    clientId: workos.clientId ?? '',
    code: code ?? '',
    codeVerifier,
  });
}
