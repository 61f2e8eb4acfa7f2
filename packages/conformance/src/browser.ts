import {
  type Hop as BrowserHop,
  type Navigation as BrowserNavigation,
  TestBrowser,
  type TestBrowserOptions,
} from '@workos/authkit-emulator/testing';
import { parseSetCookieLine, type SetCookie } from './cookie-jar.js';

/** One request/response pair seen while following redirects, its `Set-Cookie` lines parsed. */
export interface Hop extends BrowserHop {
  setCookies: SetCookie[];
}

/** The outcome of a navigation: the final response (body already read) and every hop on the way. */
export type Navigation = BrowserNavigation<Hop>;

/** What the browser needs to know about the app under test (answered in-process) and the emulator. */
export type BrowserOptions = TestBrowserOptions & Required<Pick<TestBrowserOptions, 'appFetch'>>;

/**
 * The emulator's scripted browser (`TestBrowser`: a `tough-cookie` jar, redirects followed hop by
 * hop, `Origin`/`Referer` on form posts, a `login_hint` on sign-in pages), its hops' `Set-Cookie`
 * lines parsed by the core's parser for the suite's cookie assertions.
 */
export class Browser extends TestBrowser {
  /** The options narrowed to an app answered in-process. */
  constructor(options: BrowserOptions) {
    super(options);
  }

  override async navigate(target: string | URL, init: RequestInit = {}): Promise<Navigation> {
    const navigation = await super.navigate(target, init);
    const hops = navigation.hops.map((hop) => ({
      ...hop,
      setCookies: hop.setCookie.map(parseSetCookieLine),
    }));
    return { ...navigation, hops };
  }

  override submit(path: string, fields: Record<string, string> = {}): Promise<Navigation> {
    return super.submit(path, fields) as Promise<Navigation>;
  }
}
