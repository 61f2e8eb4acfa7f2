import { defaultIds, type startEmulator } from '@workos/authkit-emulator';
import { Browser, type Navigation } from './browser.js';

/** The emulator handle returned by `startEmulator`. */
export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/** The app under test, as `setup()` hands it to the suite. */
export interface ConformanceApp {
  /** The app's request handler; must never follow redirects itself. */
  fetch(request: Request): Promise<Response>;
  /** The app's origin; its redirect URI is `origin + '/callback'`. */
  origin: string;
  /** The started emulator the app talks to. */
  emulator: Emulator;
  /** Session cookie name when not the default `wos-session`. */
  cookieName?: string;
  teardown?(): Promise<void> | void;
}

/** Seeded identities the suite signs in as (the emulator's default seed). */
export const seeded = {
  alice: { email: 'alice@example.com', id: defaultIds.alice },
  acme: defaultIds.acme,
  globex: defaultIds.globex,
} as const;

/** Shared state and helpers for the conformance tests of one adapter. */
export class SuiteContext {
  private current: ConformanceApp | undefined;

  set(app: ConformanceApp | undefined): void {
    this.current = app;
  }

  get app(): ConformanceApp {
    if (!this.current) throw new Error('Conformance setup() has not completed');
    return this.current;
  }

  get emulator(): Emulator {
    return this.app.emulator;
  }

  get cookieName(): string {
    return this.app.cookieName ?? 'wos-session';
  }

  /** True for the session cookie or one of its chunks (`name.0`, `name.1`, …). */
  isSessionCookie(name: string): boolean {
    return name === this.cookieName || name.startsWith(`${this.cookieName}.`);
  }

  /** True for a PKCE verifier cookie. */
  isVerifierCookie(name: string): boolean {
    return name.startsWith('wos-auth-verifier');
  }

  /** A fresh browser with an empty jar that signs in as Alice on the emulator's page. */
  browser(loginHint: string = seeded.alice.email): Browser {
    return new Browser({
      appFetch: (request) => this.app.fetch(request),
      origin: this.app.origin,
      emulatorUrl: this.emulator.url,
      loginHint,
    });
  }

  /** Signs the browser in through `/login` and the emulator, returning the navigation. */
  async signIn(browser: Browser, returnPathname = '/account'): Promise<Navigation> {
    const query = new URLSearchParams({ returnPathname });
    const navigation = await browser.navigate(`/login?${query}`);
    if (navigation.status !== 200) {
      throw new Error(`Sign-in ended with ${navigation.status} at ${navigation.url}`);
    }
    return navigation;
  }

  /** Session cookie values currently held by a browser, joined (chunks included). */
  sessionCookie(browser: Browser): string {
    return browser.jar
      .names()
      .filter((name) => this.isSessionCookie(name))
      .sort()
      .map((name) => browser.jar.get(name))
      .join('');
  }

  /** How many refresh-token grants the emulator has received so far. */
  refreshCount(): number {
    return this.emulator.calls({
      path: '/user_management/authenticate',
      grantType: 'refresh_token',
    }).length;
  }
}

/** Waits for the given number of milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
