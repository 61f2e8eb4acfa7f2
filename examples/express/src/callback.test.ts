import { describe, expect, it } from 'vitest';
import type { ScriptedBrowser } from './test-support/browser.js';
import { clears, testIdText, useStack } from './test-support/stack.js';

const VERIFIER_PREFIX = 'wos-auth-verifier';

const stack = useStack();

/** Signs in up to the emulator's redirect back: the callback URL with a real code and state. */
async function captureCallback(browser: ScriptedBrowser): Promise<URL> {
  const stop = await browser.navigate(new URL('/login?returnPathname=%2Faccount', stack.app.url), {
    stopBefore: (url) => url.origin === stack.app.url && url.pathname === '/callback',
  });
  expect(stop.status).toBe(0);
  return stop.url;
}

const verifiers = (browser: ScriptedBrowser) =>
  browser.cookieNames(stack.app.url).filter((name) => name.startsWith(VERIFIER_PREFIX));

describe('callback errors', () => {
  it('rejects a state that does not match, with a 400 page, and clears the verifier', async () => {
    const browser = stack.browser();
    const callback = await captureCallback(browser);
    const [verifier] = verifiers(browser);
    expect(verifier).toBeDefined();
    const state = callback.searchParams.get('state')!;
    callback.searchParams.set(
      'state',
      `${state.slice(0, -4)}${state.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`,
    );

    const page = await browser.navigate(callback);

    expect(page.status).toBe(400);
    expect(testIdText(page.body, 'auth-error')).toContain('oauth_state_mismatch');
    expect(page.body).toContain('Sign-in didn’t complete');
    expect(page.body).toContain('data-testid="retry-sign-in"');
    expect(page.hops[0]?.setCookie.some((line) => clears(line, verifier!))).toBe(true);
    expect(verifiers(browser)).toEqual([]);
    expect(browser.cookie(stack.app.url, 'wos-session')).toBeUndefined();
  });

  it('rejects a callback without the verifier cookie, with a 400 page and a verifier clear', async () => {
    const callback = await captureCallback(stack.browser());
    const otherBrowser = stack.browser();

    const page = await otherBrowser.navigate(callback);

    expect(page.status).toBe(400);
    expect(testIdText(page.body, 'auth-error')).toContain('pkce_cookie_missing');
    expect(page.hops[0]?.setCookie.some((line) => line.startsWith(VERIFIER_PREFIX))).toBe(true);
    expect(otherBrowser.cookie(stack.app.url, 'wos-session')).toBeUndefined();
  });

  it("shows WorkOS's error code with our own sentence (never the URL's description), and clears the verifier", async () => {
    const browser = stack.browser();
    const callback = await captureCallback(browser);
    const [verifier] = verifiers(browser);
    const refused = new URL('/callback', stack.app.url);
    refused.searchParams.set('error', 'access_denied');
    refused.searchParams.set('error_description', 'The user <b>declined</b>.');
    refused.searchParams.set('state', callback.searchParams.get('state')!);

    const page = await browser.navigate(refused);

    expect(page.status).toBe(400);
    expect(testIdText(page.body, 'auth-error')).toContain('access_denied');
    expect(page.body).toContain('The sign-in was cancelled, or access to this app was denied.');
    expect(page.body).not.toContain('declined');
    expect(page.hops[0]?.setCookie.some((line) => clears(line, verifier!))).toBe(true);
  });

  it('rejects a callback with no code', async () => {
    const page = await stack.browser().navigate(new URL('/callback', stack.app.url));
    expect(page.status).toBe(400);
    expect(testIdText(page.body, 'auth-error')?.trim()).not.toBe('');
  });

  it('shows a 400 when WorkOS rejects the code (replayed) and clears the verifier', async () => {
    const browser = stack.browser();
    const callback = await captureCallback(browser);
    const [verifier] = verifiers(browser);
    const verifierValue = browser.cookie(stack.app.url, verifier!)!;
    const first = await browser.navigate(callback);
    expect(first.url.pathname).toBe('/account');

    const replayer = stack.browser();
    replayer.setCookie(stack.app.url, verifier!, verifierValue);
    const replay = await replayer.navigate(callback);

    expect(replay.status).toBe(400);
    expect(testIdText(replay.body, 'auth-error')?.trim()).not.toBe('');
    expect(replay.hops[0]?.setCookie.some((line) => clears(line, verifier!))).toBe(true);
    expect(replayer.cookie(stack.app.url, 'wos-session')).toBeUndefined();
  });
});
