import { expect, it } from 'vitest';
import type { Browser } from './browser.js';
import type { SuiteContext } from './context.js';

const AUTH_ERROR = /data-testid="?auth-error"?/;

/** Starts a sign-in and returns the callback URL the emulator sends the browser to. */
async function callbackUrl(browser: Browser): Promise<URL> {
  const login = await browser.send('/login?returnPathname=/account');
  const authorize = new URL(login.headers.get('location') ?? '');
  const granted = await browser.send(authorize);
  await granted.body?.cancel();
  const location = granted.headers.get('location');
  if (!location) throw new Error(`The emulator did not redirect back (status ${granted.status})`);
  return new URL(location);
}

/** Callback failures: 400 with a readable error, the verifier cookie always cleared. */
export function errorTests(ctx: SuiteContext): void {
  const verifiers = (browser: Browser) =>
    browser.jar.names().filter((name) => ctx.isVerifierCookie(name));

  it('a state mismatch answers 400 with an error page and clears the verifier', async () => {
    const browser = ctx.browser();
    const url = await callbackUrl(browser);
    const state = url.searchParams.get('state') ?? '';
    const at = Math.floor(state.length / 2);
    url.searchParams.set(
      'state',
      `${state.slice(0, at)}${state[at] === 'x' ? 'y' : 'x'}${state.slice(at + 1)}`,
    );
    expect(verifiers(browser)).toHaveLength(1);

    const response = await browser.send(url);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(AUTH_ERROR);
    expect(verifiers(browser)).toEqual([]);
    expect(ctx.sessionCookie(browser)).toBe('');
  });

  it('a missing verifier cookie answers 400 and still sends a verifier clear', async () => {
    const browser = ctx.browser();
    const url = await callbackUrl(browser);
    for (const name of verifiers(browser)) browser.jar.delete(name);

    const response = await browser.send(url);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(AUTH_ERROR);
    const clears = response.headers
      .getSetCookie()
      .filter(
        (line) => ctx.isVerifierCookie(line) && /max-age=0|expires=thu, 01 jan 1970/i.test(line),
      );
    expect(clears.length).toBeGreaterThanOrEqual(1);
    expect(ctx.sessionCookie(browser)).toBe('');
  });

  it('a callback without a code, or replaying a used code, answers 400 and clears the verifier', async () => {
    const browser = ctx.browser();
    const url = await callbackUrl(browser);
    const noCode = new URL(url);
    noCode.searchParams.delete('code');
    const missing = await browser.send(noCode);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(AUTH_ERROR);
    expect(verifiers(browser)).toEqual([]);

    const fresh = ctx.browser();
    const good = await callbackUrl(fresh);
    const first = await fresh.send(good);
    expect([302, 303, 307]).toContain(first.status);
    const replay = ctx.browser();
    await replay.send('/login');
    const replayed = await replay.send(good);
    expect(replayed.status).toBe(400);
    expect(ctx.sessionCookie(replay)).toBe('');
  });

  it('an error from WorkOS on the callback answers 400 and clears the verifier', async () => {
    const browser = ctx.browser();
    const url = await callbackUrl(browser);
    const denied = new URL('/callback', url);
    denied.searchParams.set('error', 'access_denied');
    denied.searchParams.set('error_description', 'The user cancelled');
    denied.searchParams.set('state', url.searchParams.get('state') ?? '');
    const response = await browser.send(denied);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(AUTH_ERROR);
    expect(verifiers(browser)).toEqual([]);
  });
}
