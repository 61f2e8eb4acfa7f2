// The published @workos/authkit-tanstack-react-start, unmodified, on our core: one browser session
// through sign-in, an access-token refresh and sign-out, against the emulator.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultAccessTokenTtlSeconds, expect, test } from '../../../e2e/support/fixtures.js';
import {
  accessTokenExpiry,
  chooseUser,
  describeCalls,
  emulatorSession,
  expectSignInPage,
  newSessionId,
  refreshCalls,
  refreshesSince,
  sessionCookie,
  sessionCookies,
  sessionIds,
  verifierCookies,
  waitUntilPast,
} from '../../../e2e/support/flows.js';

const alice = 'alice@example.com';

test('the published adapter resolves @workos/authkit-session to this workspace', () => {
  // The adapter exports no ./package.json (nor a require condition): locate it in node_modules.
  const adapter = realpathSync(
    fileURLToPath(
      new URL('../node_modules/@workos/authkit-tanstack-react-start/', import.meta.url),
    ),
  );
  const core = createRequire(`${adapter}/`).resolve('@workos/authkit-session/package.json');
  expect(realpathSync(core)).toBe(
    fileURLToPath(new URL('../../../packages/core/package.json', import.meta.url)),
  );
});

test('signs in, refreshes the expired access token, signs out', async ({
  page,
  context,
  stack,
}) => {
  const ttlSeconds = 2;
  stack.emulator.setAccessTokenTtl(ttlSeconds);
  const sessionsBefore = sessionIds(stack);

  // Sign in: /account sends a signed-out browser through the initiate-login route.
  await page.goto('/account');
  await expectSignInPage(page, stack);
  expect(await verifierCookies(context), 'one verifier cookie during sign-in').toHaveLength(1);
  await chooseUser(page, alice);
  await page.waitForURL(`${stack.baseURL}/account`);
  await expect(page.getByTestId('user-email')).toHaveText(alice);
  await expect(page.getByTestId('client-user-email')).toHaveText(alice);
  expect(await verifierCookies(context), 'the verifier cookie is gone').toEqual([]);
  const sessionId = newSessionId(stack, sessionsBefore);
  const cookieBefore = await sessionCookie(context);
  expect(cookieBefore.httpOnly, 'the session cookie is HttpOnly').toBe(true);
  expect(cookieBefore.sameSite).toBe('Lax');

  // Refresh: baseline once the page has settled, then long-lived tokens from here on.
  const expiresAt = accessTokenExpiry(stack, sessionId);
  const refreshesBefore = refreshCalls(stack, sessionId);
  stack.emulator.setAccessTokenTtl(defaultAccessTokenTtlSeconds);
  expect(expiresAt - Date.now(), 'the browser holds a short-lived token').toBeLessThanOrEqual(
    (ttlSeconds + 1) * 1000,
  );
  await waitUntilPast(expiresAt, "the session's access-token expiry");
  const response = await page.goto('/account');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('user-email')).toHaveText(alice);
  await expect(page.getByTestId('client-user-email')).toHaveText(alice);
  expect(
    describeCalls(refreshesSince(stack, refreshesBefore, sessionId)),
    'one refresh grant for the session',
  ).toEqual([expect.stringMatching(/→ 200$/)]);
  const renewedUntil = accessTokenExpiry(stack, sessionId);
  expect(renewedUntil, 'the refresh minted a new access token').toBeGreaterThan(expiresAt);
  const cookieAfter = (await sessionCookie(context)).value;
  expect(cookieAfter, 'the browser holds the refreshed cookie').not.toBe(cookieBefore.value);
  await page.reload();
  await expect(page.getByTestId('user-email')).toHaveText(alice);
  expect(
    refreshesSince(stack, refreshesBefore, sessionId),
    'the refreshed cookie carries the new token (no second refresh)',
  ).toHaveLength(1);
  expect((await sessionCookie(context)).value, 'the refreshed cookie is stable').toBe(cookieAfter);

  // Sign out through the client hook: WorkOS logout, then back to the home page, signed out.
  await page.getByTestId('sign-out').click();
  await page.waitForURL(`${stack.baseURL}/`);
  await expect(page.getByTestId('sign-in')).toBeVisible();
  expect(await sessionCookies(context), 'the session cookie is gone').toEqual([]);
  expect(emulatorSession(stack, sessionId)?.status, 'the WorkOS session is ended').toBe('revoked');
  await page.goto('/account');
  await expectSignInPage(page, stack);
});
