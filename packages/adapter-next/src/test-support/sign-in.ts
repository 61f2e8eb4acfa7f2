import { Browser } from '@authkit-internal/conformance';
import type { startEmulator } from '@workos/authkit-emulator';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** Signs Alice in through an app's `/login` and the emulator; returns the browser holding the cookies. */
export async function signIn(
  appFetch: (request: Request) => Promise<Response>,
  emulator: Emulator,
  origin: string,
): Promise<Browser> {
  const browser = new Browser({
    appFetch,
    origin,
    emulatorUrl: emulator.url,
    loginHint: 'alice@example.com',
  });
  const navigation = await browser.navigate('/login?returnPathname=/');
  if (navigation.status !== 200) throw new Error(`sign-in ended with ${navigation.status}`);
  return browser;
}

/** Waits for the given number of milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many refresh-token grants the emulator has answered. */
export const refreshCount = (emulator: Emulator) =>
  emulator.calls({ path: '/user_management/authenticate', grantType: 'refresh_token' }).length;

/**
 * Signs Alice in with a 2-second access token (the emulator's TTL back to 300 s afterwards) and
 * waits until that token has expired; returns the browser holding the cookies.
 */
export async function signInWithExpiredToken(
  appFetch: (request: Request) => Promise<Response>,
  emulator: Emulator,
  origin: string,
): Promise<Browser> {
  emulator.setAccessTokenTtl(2);
  const browser = await signIn(appFetch, emulator, origin).finally(() =>
    emulator.setAccessTokenTtl(300),
  );
  await sleep(3200);
  return browser;
}
