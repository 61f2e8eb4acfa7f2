import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import { WorkOS } from '@workos-inc/node';
import type { AuthKitConfig, ResolvedAuthKitConfig } from '../config/types.js';
import { AuthService } from '../service/auth-service.js';
import { FetchStorage } from './fetch-storage.js';

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
