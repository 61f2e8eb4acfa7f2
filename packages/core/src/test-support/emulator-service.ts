import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import { WorkOS } from '@workos-inc/node';
import type { AuthKitConfig, ResolvedAuthKitConfig } from '../config/types.js';
import { AuthService } from '../service/auth-service.js';
import { type MintedSession, mintTestSession } from '../testing/mint.js';
import { FetchStorage, requestWithCookies } from './fetch-storage.js';

export const TEST_PASSWORD = 'test-cookie-password-that-is-at-least-32-chars';
export const REDIRECT_URI = 'http://localhost:3000/callback';

/** Config pointing at an emulator (per-service, so tests never touch the global config). */
export function emulatorConfig(
  emulator: Emulator,
  extra: Partial<AuthKitConfig> = {},
): Partial<AuthKitConfig> {
  return {
    clientId: emulator.clientId,
    apiKey: emulator.apiKey,
    apiHostname: '127.0.0.1',
    apiPort: emulator.port,
    apiHttps: false,
    redirectUri: REDIRECT_URI,
    cookiePassword: TEST_PASSWORD,
    ...extra,
  };
}

/** A WorkOS client without SDK retries (so injected faults surface at once). */
export function noRetryClient(config: ResolvedAuthKitConfig): WorkOS {
  return new WorkOS(config.apiKey, {
    clientId: config.clientId,
    apiHostname: config.apiHostname,
    https: config.apiHttps,
    ...(config.apiPort ? { port: config.apiPort } : {}),
    maxRetries: 0,
  });
}

/** A service over Fetch `Request`s talking to `emulator`. */
export function emulatorService(
  emulator: Emulator,
  extra: Partial<AuthKitConfig> = {},
): AuthService<Request, Response> {
  return new AuthService<Request, Response>({
    sessionStorageFactory: (config) => new FetchStorage(config),
    config: emulatorConfig(emulator, extra),
    clientFactory: noRetryClient,
  });
}

export { type Emulator, startEmulator };

/**
 * A session minted through the emulator `ageSeconds` ago (its tokens live 300 s, so 285 is inside
 * the refresh buffer and 3600 long expired), with `request()` building a request that carries it.
 */
export async function mintAgedSession(
  emulator: Emulator,
  ageSeconds: number,
  user = 'alice@example.com',
) {
  emulator.setClockOffset(-ageSeconds);
  let minted: MintedSession;
  try {
    minted = await mintTestSession({ emulator, user, cookiePassword: TEST_PASSWORD });
  } finally {
    emulator.setClockOffset(0);
  }
  const request = (url = 'http://localhost:3000/account') =>
    requestWithCookies(url, minted.cookieHeader);
  return { ...minted, request };
}

export { m2mToken } from '@workos/authkit-emulator/testing';
