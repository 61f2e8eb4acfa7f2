import type { startEmulator } from '@workos/authkit-emulator';

/** A cookie password for tests (at least 32 characters). */
export const TEST_COOKIE_PASSWORD = 'test-cookie-password-that-is-long-enough-0123';

/** `WORKOS_*` bindings pointing an app at `origin` and the emulator. */
export function bindingsFor(
  emulator: Awaited<ReturnType<typeof startEmulator>>,
  origin: string,
): Record<string, string> {
  return {
    ...emulator.env,
    WORKOS_REDIRECT_URI: `${origin}/callback`,
    WORKOS_COOKIE_PASSWORD: TEST_COOKIE_PASSWORD,
  };
}
