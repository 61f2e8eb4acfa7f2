import type { BrowserContext, Cookie, Page, Response } from '@playwright/test';
import { expect } from '@playwright/test';
import type { RecordedCall, SessionRecord } from '@workos/authkit-emulator';
import { parseSetCookieLine } from '@workos/authkit-session/adapter';
import type { Stack } from './fixtures.js';

/** The session cookie name every example uses (the core's default). */
export const sessionCookieName = 'wos-session';
const verifierCookiePrefix = 'wos-auth-verifier';

/** The session cookie (or its chunks `wos-session.0`, …) the browser holds for the app. */
export async function sessionCookies(context: BrowserContext): Promise<Cookie[]> {
  const cookies = await context.cookies();
  return cookies.filter(
    (cookie) =>
      cookie.name === sessionCookieName || cookie.name.startsWith(`${sessionCookieName}.`),
  );
}

/** The single, unchunked session cookie; fails when there is none. */
export async function sessionCookie(context: BrowserContext): Promise<Cookie> {
  const cookies = await sessionCookies(context);
  const cookie = cookies.find((candidate) => candidate.name === sessionCookieName);
  expect(cookie, `expected a ${sessionCookieName} cookie, got ${names(cookies)}`).toBeDefined();
  return cookie!;
}

/** The pending PKCE verifier cookies the browser holds. */
export async function verifierCookies(context: BrowserContext): Promise<Cookie[]> {
  const cookies = await context.cookies();
  return cookies.filter((cookie) => cookie.name.startsWith(verifierCookiePrefix));
}

/** Cookie names, for failure messages. */
export function names(cookies: Cookie[]): string {
  return `[${cookies.map((cookie) => cookie.name).join(', ')}]`;
}

/** True when `url` is the emulator's hosted sign-in page. */
export function isSignInPage(stack: Stack, url: URL): boolean {
  return url.origin === stack.emulator.url && url.pathname === '/user_management/authorize';
}

/** Waits until the page shows the emulator's sign-in page. */
export async function expectSignInPage(page: Page, stack: Stack): Promise<void> {
  await page.waitForURL((url) => isSignInPage(stack, url));
  await expect(page.getByTestId('emulator-banner')).toBeVisible();
}

/** On the emulator's sign-in page, picks the seeded user with `email`. */
export async function chooseUser(page: Page, email: string): Promise<void> {
  await page.getByTestId(`sign-in-as-${email}`).click();
}

/** Signs in through `/login?returnPathname=…` and waits until the browser is back on the app. */
export async function signIn(
  page: Page,
  stack: Stack,
  options: { email?: string; returnPathname?: string } = {},
): Promise<void> {
  const query = new URLSearchParams({ returnPathname: options.returnPathname ?? '/account' });
  await page.goto(`/login?${query}`);
  await expectSignInPage(page, stack);
  await chooseUser(page, options.email ?? 'alice@example.com');
  await page.waitForURL((url) => url.origin === stack.baseURL);
}

/**
 * Starts a sign-in and picks the user, but stops the browser before the app's callback: the
 * emulator's redirect is captured and returned (a real code and state) and the app never sees it.
 */
export async function captureCallbackUrl(page: Page, stack: Stack): Promise<URL> {
  const isCompletion = (url: URL) =>
    url.origin === stack.emulator.url && url.pathname === '/user_management/authorize/complete';
  let captured: URL | undefined;
  await page.route(isCompletion, async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers().location;
    if (location) captured = new URL(location, stack.emulator.url);
    await route.fulfill({ status: 200, contentType: 'text/plain', body: 'callback captured' });
  });
  await page.goto('/login?returnPathname=%2Faccount');
  await expectSignInPage(page, stack);
  await chooseUser(page, 'alice@example.com');
  await expect(page.getByText('callback captured')).toBeVisible();
  await page.unroute(isCompletion);
  expect(captured?.origin, 'the emulator redirects to the app').toBe(stack.baseURL);
  expect(captured?.pathname).toBe('/callback');
  expect(captured?.searchParams.get('code'), 'the callback carries a code').toBeTruthy();
  return captured!;
}

/** Ids of the emulator's sessions, for telling which one a sign-in opened. */
export function sessionIds(stack: Stack): Set<string> {
  return new Set(stack.emulator.sessions().map((session) => session.id));
}

/** The session the emulator opened since `before` was taken (exactly one expected). */
export function newSessionId(stack: Stack, before: Set<string>): string {
  const opened = stack.emulator.sessions().filter((session) => !before.has(session.id));
  expect(opened, 'expected the sign-in to open exactly one emulator session').toHaveLength(1);
  return opened[0]!.id;
}

/** The emulator's record of session `id`. */
export function emulatorSession(stack: Stack, id: string): SessionRecord | undefined {
  return stack.emulator.sessions().find((session) => session.id === id);
}

/** The refresh-token grants the emulator received, all of them or for one session. */
export function refreshCalls(stack: Stack, sessionId?: string): RecordedCall[] {
  return stack.emulator.calls({
    path: '/user_management/authenticate',
    grantType: 'refresh_token',
    sessionId,
  });
}

/** Refresh grants as `time → status` lines, for counting and failure messages. */
export function describeCalls(calls: RecordedCall[]): string[] {
  return calls.map((call) => `${call.at} → ${call.status}${call.faulted ? ' (fault)' : ''}`);
}

/** The refresh grants received since `before` (a `refreshCalls` result for the same filter). */
export function refreshesSince(
  stack: Stack,
  before: RecordedCall[],
  sessionId?: string,
): RecordedCall[] {
  return refreshCalls(stack, sessionId).slice(before.length);
}

/** When the newest access token the emulator minted for session `id` expires (epoch ms). */
export function accessTokenExpiry(stack: Stack, id: string): number {
  const expiresAt = emulatorSession(stack, id)?.accessTokenExpiresAt;
  expect(expiresAt, `the emulator minted an access token for ${id}`).toEqual(expect.any(Number));
  return expiresAt!;
}

/** Resolves once the wall clock is past `epochMs` (polled; fails if it takes much longer). */
export async function waitUntilPast(epochMs: number, what: string): Promise<void> {
  await expect
    .poll(() => Date.now(), {
      message: `the wall clock passes ${what} (${new Date(epochMs).toISOString()})`,
      timeout: Math.max(epochMs - Date.now(), 0) + 5000,
      intervals: [50],
    })
    .toBeGreaterThan(epochMs);
}

/** The verifier cookie of the sign-in flow a callback `state` names (`<flowId>.<nonce>…`). */
export function verifierCookieNameFor(state: string): string {
  return `${verifierCookiePrefix}-${state.split('.', 1)[0]}`;
}

/** Names of the cookies a response deletes (`Set-Cookie` with `Max-Age=0` or a past `Expires`). */
export async function clearedCookieNames(response: Response | null): Promise<string[]> {
  const headers = response ? await response.headersArray() : [];
  return headers
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .flatMap((header) => header.value.split('\n'))
    .flatMap((line) => {
      const cookie = parseSetCookieLine(line);
      return cookie?.deletes ? [cookie.name] : [];
    });
}

/** The permissions shown on the account page (one chip each), sorted. */
export async function shownPermissions(page: Page): Promise<string[]> {
  const chips = await page.getByTestId('permissions').getByTestId('permission').allTextContents();
  return chips
    .map((permission) => permission.trim())
    .filter(Boolean)
    .sort();
}
