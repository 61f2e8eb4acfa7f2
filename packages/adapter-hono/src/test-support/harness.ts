import { Browser } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import type { Hono } from 'hono';
import { bindingsFor } from './env.js';

/** The emulator handle. */
export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** Starts an emulator for a test file. */
export function startTestEmulator(): Promise<Emulator> {
  return startEmulator({ port: 0 });
}

/** A browser driving `app` in-process with bindings pointing at `emulator`. */
export function browserFor(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono app
  app: Hono<any>,
  emulator: Emulator,
  origin = 'http://localhost:3903',
): Browser {
  const bindings = bindingsFor(emulator, origin);
  return new Browser({
    appFetch: async (request) => app.request(request, undefined, bindings),
    origin,
    emulatorUrl: emulator.url,
    loginHint: 'alice@example.com',
  });
}

/** Signs the browser in with a one-second access token and waits until it has expired. */
export async function signInWithExpiredToken(browser: Browser, emulator: Emulator): Promise<void> {
  emulator.setAccessTokenTtl(1);
  try {
    const navigation = await browser.navigate('/login?returnPathname=/');
    if (navigation.status !== 200) throw new Error(`Sign-in failed with ${navigation.status}`);
  } finally {
    emulator.setAccessTokenTtl(300);
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

/** Number of refresh-token grants the emulator has served. */
export function refreshes(emulator: Emulator): number {
  return emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' })
    .length;
}
