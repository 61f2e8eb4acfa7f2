import { startEmulator } from '@workos/authkit-emulator';
import { afterAll, beforeAll } from 'vitest';
import { type Navigation, ScriptedBrowser } from './browser.js';
import { type BuiltApp, startBuiltApp } from './built-app.js';

/** A cookie password for tests only. */
export const TEST_COOKIE_PASSWORD = 'test-only-cookie-password-of-at-least-32-chars';

/** An emulator plus the built app pointed at it. */
export interface Stack {
  emulator: Awaited<ReturnType<typeof startEmulator>>;
  app: BuiltApp;
  /** A fresh browser that signs in as `email` whenever it reaches the emulator's sign-in page. */
  browser(email?: string): ScriptedBrowser;
  /** Opens `path` on the app in `browser` and follows every redirect. */
  open(browser: ScriptedBrowser, path: string): Promise<Navigation>;
  stop(): Promise<void>;
}

/** Starts an emulator on a free port and the production build of the app against it. */
export async function startStack(): Promise<Stack> {
  const emulator = await startEmulator({ port: 0 });
  const app = await startBuiltApp({
    ...emulator.env,
    WORKOS_COOKIE_PASSWORD: TEST_COOKIE_PASSWORD,
  });
  const emulatorOrigin = new URL(emulator.url).origin;
  return {
    emulator,
    app,
    browser: (email = 'alice@example.com') =>
      new ScriptedBrowser((url) => {
        if (url.origin !== emulatorOrigin || url.pathname !== '/user_management/authorize')
          return url;
        const hinted = new URL(url);
        hinted.searchParams.set('login_hint', email);
        return hinted;
      }),
    open: (browser, path) => browser.navigate(new URL(path, app.url)),
    stop: async () => {
      await app.stop();
      await emulator.stop();
    },
  };
}

/**
 * The stack of a test file: started before its tests, stopped after them (read it inside tests
 * and hooks).
 */
export function useStack(): Omit<Stack, 'stop'> {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });
  const started = () => {
    if (!stack) throw new Error('useStack(): read it inside tests and hooks');
    return stack;
  };
  return {
    get emulator() {
      return started().emulator;
    },
    get app() {
      return started().app;
    },
    browser: (email) => started().browser(email),
    open: (browser, path) => started().open(browser, path),
  };
}

/** The text content (tags stripped, entities decoded, whitespace collapsed) of `[data-testid=id]`. */
export function testIdText(html: string, id: string): string | null {
  const open = new RegExp(`<([a-z0-9]+)[^>]*\\sdata-testid="${id}"[^>]*>`).exec(html);
  if (!open) return null;
  const tag = open[1]!;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  let end = html.length;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = match.index;
      break;
    }
  }
  return html
    .slice(open.index + open[0].length, end)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** True when a Set-Cookie line carries exactly one cookie (commas only inside `Expires`). */
export function isSingleCookie(line: string): boolean {
  return !line.replace(/;\s*expires=[^;]*/gi, '').includes(',');
}

/** True when `line` deletes the cookie `name`. */
export function clears(line: string, name: string): boolean {
  return line.startsWith(`${name}=`) && /max-age=0\b|expires=thu, 01 jan 1970/i.test(line);
}

/** The texts of every element carrying `data-testid="id"` (e.g. each permission chip). */
export function testIdTexts(html: string, id: string): string[] {
  return [...html.matchAll(new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1]!);
}
