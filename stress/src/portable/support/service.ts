import { type AuthKitConfig, createAuthService } from '@workos/authkit-session';
import { RequestCookieStorage } from './request-storage.js';

/** Where the emulator is and who the test client is. */
export interface EmulatorTarget {
  emulatorUrl: string;
  clientId: string;
  apiKey: string;
}

/** The password every stress test seals with. */
export const TEST_COOKIE_PASSWORD = 'stress-test-cookie-password-0123456789abcdef';
/** The redirect URI every stress test signs in with. */
export const TEST_REDIRECT_URI = 'http://localhost:3000/callback';

/** An `AuthService` over Fetch `Request`s, pointed at the emulator, with its own caches. */
export function emulatorAuthService(
  target: EmulatorTarget,
  overrides: Partial<AuthKitConfig> = {},
) {
  const api = new URL(target.emulatorUrl);
  return createAuthService<Request, Response>({
    sessionStorageFactory: (config) => new RequestCookieStorage(config),
    config: {
      clientId: target.clientId,
      apiKey: target.apiKey,
      redirectUri: TEST_REDIRECT_URI,
      cookiePassword: TEST_COOKIE_PASSWORD,
      apiHostname: api.hostname,
      apiPort: Number(api.port),
      apiHttps: false,
      ...overrides,
    },
  });
}

/** The service type the helpers work with. */
export type StressAuthService = ReturnType<typeof emulatorAuthService>;
