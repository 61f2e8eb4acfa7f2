import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import type { AuthKitConfig } from '@workos/authkit-session';
import { CookieJar, clearsCookie, setCookiesOf } from '../portable/support/cookie-jar.js';
import { mintEmulatorSession } from '../portable/support/mint.js';
import { emulatorAuthService, type StressAuthService } from '../portable/support/service.js';
import { requestWith } from '../portable/support/sign-in.js';

/** The refresh call the emulator logs. */
export const REFRESH_CALLS = { path: '/user_management/authenticate', grantType: 'refresh_token' };

/** Starts an emulator for one fault test file. */
export function startFaultEmulator(): Promise<Emulator> {
  return startEmulator({ port: 0 });
}

/** The emulator as the portable helpers address it. */
export function targetOf(emulator: Emulator) {
  return { emulatorUrl: emulator.url, clientId: emulator.clientId, apiKey: emulator.apiKey };
}

/** A fresh service (own caches) with the default SDK client, recording every onError. */
export function freshService(emulator: Emulator, overrides: Partial<AuthKitConfig> = {}) {
  const errors: Array<{ code: string; operation: string }> = [];
  const service = emulatorAuthService(targetOf(emulator), {
    onError: (error, context) => errors.push({ code: error.code, operation: context.operation }),
    ...overrides,
  });
  return { service, errors };
}

/**
 * A browser holding a real session whose access token is `state`: `valid` (fresh), `expiring`
 * (still valid, inside the refresh buffer) or `expired` (an hour old, refresh token live).
 */
export async function browserWith(
  emulator: Emulator,
  state: 'valid' | 'expiring' | 'expired',
  email = 'alice@example.com',
) {
  const offset = { valid: 0, expiring: -285, expired: -3600 }[state];
  const minted = await mintEmulatorSession(targetOf(emulator), email, offset);
  return { jar: new CookieJar().apply([`wos-session=${minted.sealed}`]), minted };
}

/** One request through withAuth, summarised. */
export async function visit(service: StressAuthService, jar: CookieJar) {
  const result = await service.withAuth(requestWith(jar));
  const lines = setCookiesOf(result.headers);
  return {
    signedIn: result.auth.user !== null,
    reason: result.auth.user === null ? result.auth.reason : undefined,
    wroteSession: lines.some((l) => /^wos-session(\.\d+)?=[^;]/.test(l)),
    cleared: clearsCookie(lines),
    lines,
    result,
  };
}
