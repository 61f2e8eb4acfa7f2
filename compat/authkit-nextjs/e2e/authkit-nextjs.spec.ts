// An app written from @workos-inc/authkit-nextjs's README, importing @workos/authkit-next instead:
// `next build` + `next start` against the emulator, one browser through every documented call.
import { defaultCredentials } from '@workos/authkit-emulator';
import { expect, test } from '../../../e2e/support/fixtures.js';
import {
  chooseUser,
  emulatorSession,
  expectSignInPage,
  newSessionId,
  refreshCalls,
  sessionCookie,
  sessionCookies,
  sessionIds,
  verifierCookies,
} from '../../../e2e/support/flows.js';

const alice = 'alice@example.com';
const acme = 'org_01ACME00000000000000000000';
const globex = 'org_01GLOBEX000000000000000000';

test('the README app only imports @workos/authkit-next', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = new URL('..', import.meta.url).pathname;
  const files = (readdirSync(join(root, 'app'), { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(root, 'app', file))
    .concat(join(root, 'proxy.ts'));
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    expect(source, file).not.toContain('@workos-inc/authkit-nextjs');
    expect(source, file).not.toMatch(/from '@workos\/authkit-(session|next\/client)'/);
  }
});

test('sign in, session helpers, organization switch, refresh, sign out', async ({
  page,
  context,
  stack,
}) => {
  const before = sessionIds(stack);

  // Home page (server component): signed out, the README's render-time sign-in / sign-up links.
  await page.goto('/');
  await expect(page.getByTestId('sign-up')).toBeVisible();
  await page.getByTestId('sign-in').click();
  await expectSignInPage(page, stack);
  expect(new URL(page.url()).searchParams.get('screen_hint')).toBe('sign-in');
  expect(await verifierCookies(context), 'one verifier cookie during sign-in').toHaveLength(1);
  await chooseUser(page, alice);
  await page.waitForURL(`${stack.baseURL}/`);
  await expect(page.getByTestId('welcome')).toHaveText('Welcome back, Alice');
  expect(await verifierCookies(context)).toEqual([]);
  const sessionId = newSessionId(stack, before);
  const cookie = await sessionCookie(context);
  expect(cookie.httpOnly).toBe(true);
  expect(stack.server.recentOutput()).toMatch(
    /\[fixture\] onSuccess user=alice@example\.com method=\w+ org=org_/,
  );

  // Requiring auth, checkRecentAuth, getTokenClaims; authenticated responses are private.
  const account = await page.goto('/account');
  expect(account?.headers()['cache-control']).toMatch(/private/);
  expect(account?.headers()['cache-control']).toMatch(/no-store/);
  // Next sets its own Vary on page responses; a route handler's response keeps the proxy's.
  const api = await page.request.get('/api/widgets');
  expect(api.headers()['cache-control']).toBe('private, no-store');
  expect(api.headers().vary).toMatch(/Cookie/);
  await expect(page.getByTestId('user-email')).toHaveText(alice);
  await expect(page.getByTestId('organization-id')).toHaveText(acme);
  await expect(page.getByTestId('recent-auth')).toHaveText('fresh');
  await expect(page.getByTestId('session-id')).toHaveText(sessionId);

  // refreshSession in a server action: one refresh grant, same session.
  const refreshesBefore = refreshCalls(stack, sessionId).length;
  await page.getByRole('button', { name: 'Refresh session' }).click();
  await expect.poll(() => refreshCalls(stack, sessionId).length).toBe(refreshesBefore + 1);
  await expect(page.getByTestId('session-id')).toHaveText(sessionId);

  // switchToOrganization in a server action: revalidates and lands back on the page.
  await page.getByRole('button', { name: 'Switch to Globex' }).click();
  await expect(page.getByTestId('organization-id')).toHaveText(globex);
  await expect(page.getByTestId('role')).toHaveText('member');
  await page.reload();
  await expect(page.getByTestId('organization-id')).toHaveText(globex);

  // The initiate-login route with custom state reaches onSuccess.
  const beforeSecond = sessionIds(stack);
  await page.goto('/login');
  await expectSignInPage(page, stack);
  await chooseUser(page, alice);
  await page.waitForURL(`${stack.baseURL}/`);
  expect(stack.server.recentOutput()).toMatch(/onSuccess user=alice@example\.com .* team=team_123/);
  const secondSession = newSessionId(stack, beforeSecond);

  // Public path by a path-to-regexp group, while signed in.
  await page.goto('/docs/intro');
  await expect(page.getByTestId('docs')).toBeVisible();

  // signOut in a server action: the cookie goes and the WorkOS session ends.
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect.poll(async () => (await sessionCookies(context)).length).toBe(0);
  await expect.poll(() => emulatorSession(stack, secondSession)?.status).toBe('revoked');
});

test('signed out: middlewareAuth, signUpPaths, API keys and a custom password sign-in', async ({
  page,
  stack,
}) => {
  await page.goto('/account');
  await expectSignInPage(page, stack);
  expect(new URL(page.url()).searchParams.get('screen_hint')).toBe('sign-in');

  await page.goto('/join/team');
  await expectSignInPage(page, stack);
  expect(new URL(page.url()).searchParams.get('screen_hint')).toBe('sign-up');

  await page.goto('/docs/intro');
  await expect(page.getByTestId('docs')).toBeVisible();

  const api = page.request;
  expect((await api.get('/api/widgets')).status()).toBe(401);
  expect(
    (await api.get('/api/widgets', { headers: { authorization: 'Bearer sk_not_a_key' } })).status(),
  ).toBe(401);
  const valid = await api.get('/api/widgets', {
    headers: { authorization: `Bearer ${defaultCredentials.apiKey.value}` },
  });
  expect(valid.status()).toBe(200);
  expect(await valid.json()).toEqual({ success: true });

  // A custom password form whose route handler ends in saveSession.
  await page.goto('/password-sign-in');
  await page.getByLabel('Email').fill('bob@example.com');
  await page.getByLabel('Password').fill(defaultCredentials.bobPassword);
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await page.waitForURL(`${stack.baseURL}/account`);
  await expect(page.getByTestId('user-email')).toHaveText('bob@example.com');
  await expect(page.getByTestId('organization-id')).toHaveText(acme);
});
