import type { Page } from '@playwright/test';
import { defaultIds } from '@workos/authkit-emulator';
import { defaultAccessTokenTtlSeconds, expect, type Stack, test } from './support/fixtures.js';
import {
  accessTokenExpiry,
  captureCallbackUrl,
  chooseUser,
  clearedCookieNames,
  describeCalls,
  emulatorSession,
  expectSignInPage,
  names,
  newSessionId,
  refreshCalls,
  refreshesSince,
  sessionCookie,
  sessionCookies,
  sessionIds,
  shownPermissions,
  signIn,
  verifierCookieNameFor,
  verifierCookies,
  waitUntilPast,
} from './support/flows.js';

const alice = 'alice@example.com';
const bob = 'bob@example.com';
const adminPermissions = ['members:manage', 'widgets:read', 'widgets:write'];
const memberPermissions = ['widgets:read'];

async function expectAccountPage(
  page: Page,
  stack: Stack,
  expected: { email: string; organizationId: string; role: string; permissions: string[] },
): Promise<void> {
  await expect(page).toHaveURL(`${stack.baseURL}/account`);
  await expect(page.getByTestId('user-email')).toHaveText(expected.email);
  await expect(page.getByTestId('organization-id')).toHaveText(expected.organizationId);
  await expect(page.getByTestId('role')).toHaveText(expected.role);
  await expect.poll(() => shownPermissions(page)).toEqual(expected.permissions);
}

const aliceAtAcme = {
  email: alice,
  organizationId: defaultIds.acme,
  role: 'admin',
  permissions: adminPermissions,
};

test('1. signed out, /account goes through the sign-in page and comes back signed in', async ({
  page,
  stack,
}) => {
  await page.goto('/account');
  await expectSignInPage(page, stack);
  await chooseUser(page, alice);
  await page.waitForURL(`${stack.baseURL}/account`);
  await expectAccountPage(page, stack, aliceAtAcme);
  await page.screenshot({ path: `${stack.artifactsDir}account.png`, fullPage: true });
});

test('2. the session cookie is HttpOnly, SameSite=Lax, Path=/ (Secure only on https)', async ({
  page,
  context,
  stack,
}) => {
  await page.goto('/login?returnPathname=%2Faccount');
  await expectSignInPage(page, stack);
  expect((await verifierCookies(context)).length, 'a verifier cookie during sign-in').toBe(1);
  await chooseUser(page, alice);
  await page.waitForURL(`${stack.baseURL}/account`);
  const cookies = await sessionCookies(context);
  expect(cookies.length, `session cookies: ${names(cookies)}`).toBeGreaterThan(0);
  const https = new URL(stack.baseURL).protocol === 'https:';
  for (const cookie of cookies) {
    expect(cookie.httpOnly, `${cookie.name} HttpOnly`).toBe(true);
    expect(cookie.sameSite, `${cookie.name} SameSite`).toBe('Lax');
    expect(cookie.path, `${cookie.name} Path`).toBe('/');
    expect(cookie.secure, `${cookie.name} Secure`).toBe(https);
    expect(cookie.expires, `${cookie.name} is persistent (Max-Age)`).toBeGreaterThan(
      Date.now() / 1000,
    );
  }
  expect(await verifierCookies(context), 'the verifier cookie is gone after sign-in').toEqual([]);
});

test('3. an expired access token is refreshed once and the new cookie is kept', async ({
  page,
  context,
  stack,
}) => {
  const ttlSeconds = 2;
  stack.emulator.setAccessTokenTtl(ttlSeconds);
  const sessionsBefore = sessionIds(stack);
  await signIn(page, stack);
  await expectAccountPage(page, stack, aliceAtAcme);
  const sessionId = newSessionId(stack, sessionsBefore);
  const cookieBefore = (await sessionCookie(context)).value;
  // Baseline once the landing page has settled: the token the browser holds now (the callback's,
  // or a short-lived one a landing request already refreshed to) and the refreshes so far. From
  // here on the emulator mints long-lived tokens, so one refresh ends the expiry for good.
  const expiresAt = accessTokenExpiry(stack, sessionId);
  const refreshesBefore = refreshCalls(stack, sessionId);
  const allRefreshesBefore = refreshCalls(stack);
  stack.emulator.setAccessTokenTtl(defaultAccessTokenTtlSeconds);
  expect(expiresAt - Date.now(), 'the browser holds a short-lived token').toBeLessThanOrEqual(
    (ttlSeconds + 1) * 1000,
  );

  await waitUntilPast(expiresAt, "the session's access-token expiry");
  const response = await page.goto('/account');
  expect(response?.status()).toBe(200);
  await expectAccountPage(page, stack, aliceAtAcme);
  const refreshes = refreshesSince(stack, refreshesBefore, sessionId);
  expect(describeCalls(refreshes), 'refresh grants for the session since the baseline').toEqual([
    expect.stringMatching(/→ 200$/),
  ]);
  const renewedUntil = accessTokenExpiry(stack, sessionId);
  expect(renewedUntil, 'the refresh minted a new access token').toBeGreaterThan(expiresAt);
  const cookieAfter = (await sessionCookie(context)).value;
  expect(cookieAfter, 'the browser holds the refreshed cookie').not.toBe(cookieBefore);

  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expectAccountPage(page, stack, aliceAtAcme);
  }
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(200);
  const after = refreshesSince(stack, refreshesBefore, sessionId);
  expect(describeCalls(after), 'no refresh loop').toHaveLength(1);
  expect(
    describeCalls(refreshesSince(stack, allRefreshesBefore)),
    'no refresh for any other session',
  ).toHaveLength(1);
  expect(accessTokenExpiry(stack, sessionId), 'no token minted after the refresh').toBe(
    renewedUntil,
  );
  expect((await sessionCookie(context)).value, 'the refreshed cookie is stable').toBe(cookieAfter);
  expect(emulatorSession(stack, sessionId)?.status, 'the refreshed session').toBe('active');
});

test('4. switching organization shows the new organization, role and permissions', async ({
  page,
  stack,
}) => {
  await signIn(page, stack);
  await expectAccountPage(page, stack, aliceAtAcme);
  await expect(page.getByTestId(`switch-org-${defaultIds.acme}`)).toHaveCount(0);
  await page.getByTestId(`switch-org-${defaultIds.globex}`).click();
  await expect(page.getByTestId('organization-id')).toHaveText(defaultIds.globex);
  await expectAccountPage(page, stack, {
    email: alice,
    organizationId: defaultIds.globex,
    role: 'member',
    permissions: memberPermissions,
  });
  await page.reload();
  await expect(page.getByTestId('organization-id')).toHaveText(defaultIds.globex);
  await expect(page.getByTestId(`switch-org-${defaultIds.acme}`)).toBeVisible();
});

test('5. signing out clears the cookie, revokes the session and protects /account again', async ({
  page,
  context,
  stack,
}) => {
  const sessionsBefore = sessionIds(stack);
  await signIn(page, stack);
  await expectAccountPage(page, stack, aliceAtAcme);
  const sessionId = newSessionId(stack, sessionsBefore);
  expect(await sessionCookie(context), 'a session cookie before sign-out').toBeDefined();
  await page.getByTestId('sign-out').click();
  await page.waitForURL(`${stack.baseURL}/`);
  await expect(page.getByTestId('user-email')).toHaveCount(0);
  expect(await sessionCookies(context), 'session cookie after sign-out').toEqual([]);
  expect(emulatorSession(stack, sessionId)?.status, 'the session after sign-out').toBe('revoked');
  expect((await page.request.get('/api/me')).status()).toBe(401);
  await page.goto('/account');
  await expectSignInPage(page, stack);
});

test('6. a tampered session cookie reads as signed out and is cleared, without an error page', async ({
  page,
  context,
  stack,
}) => {
  await signIn(page, stack);
  const original = await sessionCookie(context);
  const tamper = async () => {
    const middle = Math.floor(original.value.length / 2);
    const flipped = original.value[middle] === 'A' ? 'B' : 'A';
    const value = original.value.slice(0, middle) + flipped + original.value.slice(middle + 1);
    await context.addCookies([{ ...original, value }]);
  };

  await tamper();
  const home = await page.goto('/');
  expect(home?.status(), 'the public page with a tampered cookie').toBe(200);
  await expect(page.getByTestId('user-email')).toHaveCount(0);
  await expect(page.getByTestId('auth-error')).toHaveCount(0);

  await tamper();
  const api = await page.request.get('/api/me');
  expect(api.status(), '/api/me with a tampered cookie').toBe(401);

  await tamper();
  await page.goto('/account');
  await expectSignInPage(page, stack);
  expect(await sessionCookies(context), 'the tampered cookie is cleared').toEqual([]);
});

test('7. a callback whose state does not match, or without a verifier cookie, fails cleanly', async ({
  page,
  context,
  stack,
}) => {
  const sessionsBefore = sessionIds(stack);
  const callback = await captureCallbackUrl(page, stack);
  const state = callback.searchParams.get('state') ?? '';
  const flowCookie = verifierCookieNameFor(state);
  expect(names(await verifierCookies(context)), "the flow's verifier cookie").toBe(
    `[${flowCookie}]`,
  );
  const mismatched = new URL(callback);
  mismatched.searchParams.set(
    'state',
    `${state.slice(0, -4)}${state.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`,
  );
  const mismatch = await page.goto(mismatched.toString());
  expect(mismatch?.status(), 'state mismatch status').toBe(400);
  await expect(page.getByTestId('auth-error')).toContainText('oauth_state_mismatch');
  expect(await clearedCookieNames(mismatch), 'cookies the mismatch response deletes').toContain(
    flowCookie,
  );
  expect(await verifierCookies(context), 'verifier cookie after the mismatch').toEqual([]);
  expect(await sessionCookies(context), 'no session after the mismatch').toEqual([]);

  // A flow whose own verifier cookie is gone, while another sign-in is still pending.
  const orphan = await captureCallbackUrl(page, stack);
  const orphanCookie = verifierCookieNameFor(orphan.searchParams.get('state') ?? '');
  await page.goto('/login?returnPathname=%2F');
  await expectSignInPage(page, stack);
  const pending = (await verifierCookies(context)).map((cookie) => cookie.name);
  expect(pending, 'two pending flows').toHaveLength(2);
  expect(pending).toContain(orphanCookie);
  await context.clearCookies({ name: orphanCookie });
  const otherCookie = pending.find((name) => name !== orphanCookie)!;
  expect(names(await verifierCookies(context)), 'only the other flow is pending').toBe(
    `[${otherCookie}]`,
  );
  const missing = await page.goto(orphan.toString());
  expect(missing?.status(), 'missing verifier cookie status').toBe(400);
  await expect(page.getByTestId('auth-error')).toContainText('pkce_cookie_missing');
  const cleared = await clearedCookieNames(missing);
  expect(cleared, "the state's flow cookie is deleted (the browser did not send it)").toContain(
    orphanCookie,
  );
  expect(cleared, 'the pending verifier the request carried is deleted').toContain(otherCookie);
  expect(await verifierCookies(context), 'verifier cookies after the failure').toEqual([]);
  expect(await sessionCookies(context), 'no session without a verifier').toEqual([]);
  expect(sessionIds(stack), 'neither callback exchanged its code').toEqual(sessionsBefore);
});

for (const target of ['//evil.example', '/\\evil.example', 'https://evil.example']) {
  test(`8. returnPathname=${target} ends on-site`, async ({ page, stack }) => {
    const offSite: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname.endsWith('evil.example')) offSite.push(request.url());
    });
    await page.goto(`/login?${new URLSearchParams({ returnPathname: target })}`);
    await expectSignInPage(page, stack);
    await chooseUser(page, alice);
    await page.waitForURL(
      (url) => url.origin !== stack.emulator.url && url.pathname !== '/callback',
    );
    expect(new URL(page.url()).origin, `after sign-in with returnPathname=${target}`).toBe(
      stack.baseURL,
    );
    expect(offSite, 'requests to evil.example').toEqual([]);
    await expect(page.getByTestId('auth-error')).toHaveCount(0);
    await expect(page.getByTestId('user-email')).toHaveText(alice);
  });
}

test('9. two tabs signing in at once both succeed', async ({ page, context, stack }) => {
  const second = await context.newPage();
  await page.goto('/login?returnPathname=%2Faccount');
  await expectSignInPage(page, stack);
  await second.goto('/login?returnPathname=%2F');
  await expectSignInPage(second, stack);
  expect((await verifierCookies(context)).length, 'one verifier cookie per flow').toBe(2);

  await chooseUser(second, bob);
  await second.waitForURL(`${stack.baseURL}/`);
  await expect(second.getByTestId('user-email')).toHaveText(bob);

  await chooseUser(page, alice);
  await page.waitForURL(`${stack.baseURL}/account`);
  await expectAccountPage(page, stack, aliceAtAcme);
  await expect(page.getByTestId('auth-error')).toHaveCount(0);
  expect(await verifierCookies(context), 'verifier cookies after both sign-ins').toEqual([]);
});

test('10. /api/me answers 401 signed out and the user signed in; /signup opens the sign-up page', async ({
  page,
  stack,
}) => {
  const signedOut = await page.request.get('/api/me');
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toEqual({ error: 'unauthorized' });

  await page.goto('/signup');
  await page.waitForURL((url) => url.origin === stack.emulator.url);
  await expect(page.getByTestId('sign-up-form')).toBeVisible();

  await signIn(page, stack);
  const signedIn = await page.request.get('/api/me');
  expect(signedIn.status()).toBe(200);
  expect(await signedIn.json()).toMatchObject({
    user: { id: defaultIds.alice, email: alice },
    organizationId: defaultIds.acme,
    role: 'admin',
    permissions: expect.arrayContaining(adminPermissions),
  });
});
