// An app written from @workos/authkit-tanstack-react-start's README, with only the import path
// changed to @workos/authkit-tanstack-start: its production build, Chromium and the emulator.
import { randomBytes } from 'node:crypto';
import { defaultIds, defaultSeed } from '@workos/authkit-emulator';
import { freePort } from '@workos/authkit-emulator/testing';
import { exampleApp } from '../../../e2e/support/apps.js';
import { expect, type Stack, test } from '../../../e2e/support/fixtures.js';
import {
  chooseUser,
  emulatorSession,
  expectSignInPage,
  newSessionId,
  sessionCookies,
  sessionIds,
} from '../../../e2e/support/flows.js';
import { startExampleServer } from '../../../e2e/support/server.js';

const alice = 'alice@example.com';

async function signInToDashboard(page: import('@playwright/test').Page, stack: Stack) {
  await page.goto('/dashboard');
  await expectSignInPage(page, stack);
  await chooseUser(page, alice);
  await page.waitForURL(`${stack.baseURL}/dashboard`);
  await expect(page.getByTestId('user-email')).toHaveText(alice);
}

test('middleware, protected layout, callback onSuccess, getAuth and signOut', async ({
  page,
  context,
  stack,
}) => {
  const before = sessionIds(stack);
  await signInToDashboard(page, stack);
  await expect(page.getByTestId('organization-id')).toHaveText(defaultIds.acme);
  await expect(page.getByTestId('role')).toHaveText('admin');
  const sessionId = newSessionId(stack, before);

  // onSuccess got the anchor's fields.
  const recorded = await (await page.request.get('/api/last-sign-in')).json();
  expect(recorded).toEqual({
    email: alice,
    method: expect.any(String),
    organizationId: defaultIds.acme,
  });

  // An authenticated SSR response is private and varies on the cookie.
  const response = await page.request.get('/dashboard');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('private, no-store');
  expect(response.headers().vary).toMatch(/cookie/i);

  // signOut() in a loader: the WorkOS logout (without returnTo, WorkOS then uses the dashboard's
  // sign-out redirect; the emulator has none and answers there), signed out.
  await page.getByTestId('sign-out').click();
  await page.waitForURL(
    (url) =>
      url.origin === stack.emulator.url && url.pathname === '/user_management/sessions/logout',
  );
  await page.goto('/');
  await expect(page.getByTestId('sign-in')).toBeVisible();
  expect(await sessionCookies(context)).toEqual([]);
  expect(emulatorSession(stack, sessionId)?.status).toBe('revoked');
});

test('sign-up and authorization URLs carry every option to WorkOS', async ({ request, stack }) => {
  const signUp = await request.get('/api/auth/sign-up', { maxRedirects: 0 });
  expect(signUp.status()).toBe(307);
  const signUpUrl = new URL(signUp.headers().location ?? '');
  expect(signUpUrl.origin).toBe(stack.emulator.url);
  expect(signUpUrl.searchParams.get('screen_hint')).toBe('sign-up');

  const authorize = await request.get('/api/auth/authorize?invitationToken=inv_readme', {
    maxRedirects: 0,
  });
  expect(authorize.status()).toBe(307);
  const url = new URL(authorize.headers().location ?? '');
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    screen_hint: 'sign-in',
    max_age: '300',
    prompt: 'login',
    login_hint: alice,
    invitation_token: 'inv_readme',
    redirect_uri: `${stack.baseURL}/api/auth/callback`,
  });
  expect(url.searchParams.get('state')).toBeTruthy();
});

test('switchToOrganization and the server actions, scoped to the caller', async ({
  page,
  stack,
}) => {
  await signInToDashboard(page, stack);

  // Server actions read during SSR: no access token in getAuthAction, only the own organization.
  await page.goto(`/actions?other=${defaultIds.globex}`);
  await expect(page.getByTestId('has-session')).toHaveText('true');
  await expect(page.getByTestId('action-email')).toHaveText(alice);
  await expect(page.getByTestId('auth-has-token')).toHaveText('false');
  expect(Number(await page.getByTestId('access-token-length').textContent())).toBeGreaterThan(20);
  await expect(page.getByTestId('own-organization')).toHaveText('Acme');
  await expect(page.getByTestId('other-organization')).toHaveText('null');

  // The mutating actions, called from the browser over RPC.
  await page.getByTestId('refresh-token').click();
  await expect(page.getByTestId('action-result')).toHaveText('token:true');
  await page.getByTestId('refresh-auth').click();
  await expect(page.getByTestId('action-result')).toHaveText(`refreshed:${alice}:false`);
  await page.getByTestId('switch-action').click();
  await expect(page.getByTestId('action-result')).toHaveText(
    `switched:${defaultIds.globex}:member`,
  );
  await page.goto('/dashboard');
  await expect(page.getByTestId('organization-id')).toHaveText(defaultIds.globex);

  // switchToOrganization in a loader, back to Acme.
  await page.goto(`/switch/${defaultIds.acme}`);
  await expect(page.getByTestId('switched-organization-id')).toHaveText(defaultIds.acme);
  await expect(page.getByTestId('switched-role')).toHaveText('admin');
  await page.goto('/dashboard');
  await expect(page.getByTestId('organization-id')).toHaveText(defaultIds.acme);

  // checkRecentAuth right after signing in: not stale.
  await page.goto('/sensitive');
  await expect(page.getByTestId('recent-auth')).toBeVisible();
});

test('switching into an organization that enforces SSO re-authenticates into it', async ({
  page,
  stack,
}) => {
  stack.emulator.reset({
    ...defaultSeed,
    organizations: defaultSeed.organizations?.map((org) =>
      org.id === defaultIds.globex ? { ...org, ssoConnectionIds: ['conn_globex_sso'] } : org,
    ),
  });
  try {
    await signInToDashboard(page, stack);
    const authorizations: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === stack.emulator.url && url.pathname === '/user_management/authorize') {
        authorizations.push(url);
      }
    });
    // WorkOS answers sso_required: the switch becomes a sign-in for Globex (the emulator signs
    // alice in through SSO at once, from the login hint) that returns to `returnTo`.
    await page.goto(`/switch/${defaultIds.globex}`);
    await page.waitForURL(`${stack.baseURL}/dashboard`);
    await expect(page.getByTestId('organization-id')).toHaveText(defaultIds.globex);
    expect(authorizations).toHaveLength(1);
    expect(authorizations[0]?.searchParams.get('organization_id')).toBe(defaultIds.globex);
    expect(authorizations[0]?.searchParams.get('login_hint')).toBe(alice);
  } finally {
    stack.emulator.reset(defaultSeed);
  }
});

test('a failed callback goes to errorRedirectUrl and clears the verifier', async ({ request }) => {
  const response = await request.get('/api/auth/callback?code=bogus&state=bogus.state', {
    maxRedirects: 0,
    headers: { cookie: 'wos-auth-verifier-bogus=stale' },
  });
  expect(response.status()).toBe(302);
  const location = new URL(response.headers().location ?? '');
  expect(`${location.pathname}${location.search}`).toBe('/sign-in-failed?error=auth_failed');
  const cleared = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
  expect(cleared.some((h) => /^wos-auth-verifier-bogus=;/.test(h.value))).toBe(true);
});

test('a misconfigured server answers a readable error page, logged once', async ({
  page,
  stack,
}) => {
  const port = await freePort();
  const server = await startExampleServer(
    exampleApp('tanstack-anchor-readme'),
    port,
    {
      ...stack.emulator.env,
      WORKOS_REDIRECT_URI: `http://localhost:${port}/api/auth/callback`,
      WORKOS_COOKIE_PASSWORD: randomBytes(4).toString('hex'), // too short
    },
    `${stack.artifactsDir}misconfigured.log`,
  );
  try {
    for (const path of ['/', '/dashboard']) {
      const response = await page.goto(`${server.baseURL}${path}`);
      expect(response?.status()).toBe(500);
      expect(response?.headers()['content-type']).toMatch(/text\/html/);
      await expect(page.getByTestId('authkit-configuration-error')).toContainText(
        'WORKOS_COOKIE_PASSWORD',
      );
    }
    const reports = server.recentOutput().match(/AuthKit is not configured/g) ?? [];
    expect(reports).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('authkitMiddleware({ redirectUri }) sends sign-ins back to that callback', async ({
  page,
  stack,
}) => {
  const port = await freePort();
  // The "preview deployment": its own origin (127.0.0.1), while WORKOS_REDIRECT_URI names another.
  const preview = `http://127.0.0.1:${port}`;
  const server = await startExampleServer(
    exampleApp('tanstack-anchor-readme'),
    port,
    {
      ...stack.emulator.env,
      WORKOS_REDIRECT_URI: 'http://localhost:9/api/auth/callback',
      WORKOS_COOKIE_PASSWORD: randomBytes(32).toString('hex'),
      PREVIEW_CALLBACK_URL: `${preview}/api/auth/callback`,
    },
    `${stack.artifactsDir}preview.log`,
  );
  try {
    await page.goto(`${preview}/dashboard`);
    await expectSignInPage(page, stack);
    expect(new URL(page.url()).searchParams.get('redirect_uri')).toBe(
      `${preview}/api/auth/callback`,
    );
    await chooseUser(page, alice);
    await page.waitForURL(`${preview}/dashboard`);
    await expect(page.getByTestId('user-email')).toHaveText(alice);
  } finally {
    await server.stop();
  }
});
