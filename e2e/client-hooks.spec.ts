import type { Page } from '@playwright/test';
import { defaultIds } from '@workos/authkit-emulator';
import { expect, type Stack, test } from './support/fixtures.js';
import {
  accessTokenExpiry,
  expectSignInPage,
  newSessionId,
  refreshCalls,
  sessionCookie,
  sessionIds,
  signIn,
  waitUntilPast,
} from './support/flows.js';

// The React layer (`@workos/authkit-session-react`) through each adapter's `/client` entry, on
// the example's `/hooks` page: a client component using useAuth, useAccessToken and
// useTokenClaims, under the root's <AuthKitProvider> and <Impersonation>.

const alice = 'alice@example.com';

async function signInToHooks(page: Page, stack: Stack): Promise<string> {
  const before = sessionIds(stack);
  await signIn(page, stack, { returnPathname: '/hooks' });
  await expect(page.getByTestId('hooks-user-email')).toHaveText(alice);
  return newSessionId(stack, before);
}

const tokenShown = (page: Page) => page.getByTestId('hooks-access-token').textContent();

/** Where a page that was signed in on `/hooks` stands now. */
async function hooksState(page: Page, stack: Stack): Promise<string> {
  if (new URL(page.url()).origin === stack.emulator.url) return 'sign-in page';
  if ((await page.getByTestId('hooks-signed-out').count()) > 0) return 'signed out';
  return (await page.getByTestId('hooks-user-email').count()) > 0 ? 'signed in' : 'elsewhere';
}

test('the first render already shows the signed-in user, and the page carries no secret', async ({
  page,
  context,
  stack,
}) => {
  await signInToHooks(page, stack);
  const sealed = (await sessionCookie(context)).value;
  // The server's HTML (with the framework's serialized props and loader data), no JavaScript run.
  const response = await page.request.get('/hooks');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(new RegExp(`data-testid="hooks-user-email">${alice}<`));
  expect(html).toMatch(new RegExp(`data-testid="hooks-organization-id">${defaultIds.acme}<`));
  expect(html).not.toContain(sealed.slice(0, 48));
  expect(html).not.toMatch(/refreshToken|refresh_token|sealedSession/);
  // Also what the browser holds after hydration.
  await page.reload();
  await expect(page.getByTestId('hooks-user-email')).toHaveText(alice);
  const content = await page.content();
  expect(content).not.toContain(sealed.slice(0, 48));
  expect(content).not.toMatch(/refreshToken|refresh_token/);
});

test('useAccessToken asks for a fresh token before the current one expires', async ({
  page,
  stack,
}) => {
  stack.emulator.setAccessTokenTtl(8);
  const sessionId = await signInToHooks(page, stack);
  await expect(page.getByTestId('hooks-access-token')).toHaveText(/^…/);
  const first = await tokenShown(page);
  const expiresAt = accessTokenExpiry(stack, sessionId);
  const refreshesBefore = refreshCalls(stack, sessionId).length;
  await expect.poll(() => tokenShown(page), { timeout: 12_000, intervals: [100] }).not.toBe(first);
  expect(Date.now(), 'the new token arrived before the old one expired').toBeLessThan(expiresAt);
  expect(refreshCalls(stack, sessionId).length).toBeGreaterThan(refreshesBefore);
  await expect(page.getByTestId('hooks-user-email')).toHaveText(alice);
});

test('switchToOrganization from the client moves the session, its token and the server', async ({
  page,
  stack,
}) => {
  await signInToHooks(page, stack);
  await expect(page.getByTestId('hooks-token-org')).toHaveText(defaultIds.acme);
  await page.getByTestId('hooks-org-input').fill(defaultIds.globex);
  await page.getByTestId('hooks-switch').click();
  await expect(page.getByTestId('hooks-organization-id')).toHaveText(defaultIds.globex);
  await expect(page.getByTestId('hooks-token-org')).toHaveText(defaultIds.globex);
  // The cookie was saved: a fresh server render agrees.
  const html = await (await page.request.get('/hooks')).text();
  expect(html).toMatch(new RegExp(`data-testid="hooks-organization-id">${defaultIds.globex}<`));
});

test('onSessionExpired: after the session is revoked, regaining focus leaves the page', async ({
  page,
  stack,
}) => {
  stack.emulator.setAccessTokenTtl(4);
  const sessionId = await signInToHooks(page, stack);
  expect(stack.emulator.revokeSession(sessionId)).toBe(true);
  // Past the token's expiry and the server's clock tolerance (5 s): the server can no longer
  // accept the token and cannot refresh it.
  const expiresAt = accessTokenExpiry(stack, sessionId);
  await waitUntilPast(expiresAt + 6500, 'the access token expiry plus the clock tolerance');
  // Nothing has told the page yet.
  await expect(page.getByTestId('hooks-user-email')).toHaveText(alice);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  // Default onSessionExpired: reload; the server now sees no session.
  await expect
    .poll(() => hooksState(page, stack), { timeout: 15_000 })
    .toMatch(/^(sign-in page|signed out)$/);
});

test('the impersonation banner names the user and organization, minimises, and Stop signs out', async ({
  page,
  stack,
}) => {
  // An impersonated sign-in: the browser's own PKCE flow (its verifier cookie and state),
  // completed with a code the emulator issues for an impersonator, as the WorkOS dashboard would.
  await page.goto('/login?returnPathname=%2Fhooks');
  await expectSignInPage(page, stack);
  const query = new URL(page.url()).searchParams;
  const redirectUri = query.get('redirect_uri') ?? '';
  const code = stack.emulator.createAuthorizationCode({
    user: alice,
    codeChallenge: query.get('code_challenge') ?? undefined,
    redirectUri,
    impersonator: { email: 'admin@example.com', reason: 'e2e check' },
  });
  const callback = new URL(redirectUri);
  callback.search = new URLSearchParams({ code, state: query.get('state') ?? '' }).toString();
  await page.goto(callback.href);
  await page.waitForURL(`${stack.baseURL}/hooks`);
  const banner = page.getByRole('status').filter({ hasText: 'You are impersonating' });
  await expect(banner).toContainText(`You are impersonating ${alice} within the Acme organization`);
  await expect(banner).toContainText('e2e check');
  await page.getByRole('button', { name: 'Minimise the impersonation banner' }).click();
  await expect(banner).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the impersonation banner' }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Stop' }).click();
  await page.waitForURL((url) => url.pathname !== '/hooks');
  const impersonated = stack.emulator.sessions().filter((session) => session.impersonator);
  expect(impersonated.map((session) => session.status)).toEqual(['revoked']);
  await page.goto('/hooks');
  await expect
    .poll(() => hooksState(page, stack), { timeout: 10_000 })
    .toMatch(/^(sign-in page|signed out)$/);
});
