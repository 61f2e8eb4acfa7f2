import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { defaultIds } from '@workos/authkit-emulator';
import { expect, type Stack, test } from './support/fixtures.js';
import { sessionCookie, signIn, verifierCookies } from './support/flows.js';

// Attacks an adversarial review reproduced in Chromium (issue 16). The app runs on
// http://localhost:<port>; the attacker's page on http://127.0.0.1:<other port> is another site,
// so the SameSite=Lax session cookie is not sent with its form posts.

let attacker: Server;
let attackerOrigin: string;
let nextPage = '';

test.beforeAll(async () => {
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(nextPage);
  });
  // Port 0: the OS gives a port no other process holds (no free-port probe to race).
  await new Promise<void>((resolve, reject) => {
    attacker.once('error', reject);
    attacker.listen(0, '127.0.0.1', resolve);
  });
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => attacker.close(resolve));
});

/** Opens the attacker's page, which posts a form to `action` on the app as soon as it loads. */
async function crossSiteForm(page: Page, action: string, fields: Record<string, string> = {}) {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${value}">`)
    .join('');
  nextPage = `<!doctype html><form method="post" action="${action}">${inputs}</form><script>document.forms[0].submit()</script>`;
  const posted = page.waitForResponse((response) => response.url() === action);
  await page.goto(attackerOrigin);
  return posted;
}

async function expectSignedInAt(page: Page, stack: Stack, organizationId: string) {
  await page.goto('/account');
  await expect(page).toHaveURL(`${stack.baseURL}/account`);
  await expect(page.getByTestId('organization-id')).toHaveText(organizationId);
}

test('a form on another site cannot sign the user out', async ({ page, context, stack }) => {
  await signIn(page, stack);
  const before = (await sessionCookie(context)).value;
  const response = await crossSiteForm(page, `${stack.baseURL}/logout`);
  expect(response.status()).toBe(403);
  expect((await sessionCookie(context)).value).toBe(before);
  await expectSignedInAt(page, stack, defaultIds.acme);
});

test('a form on another site cannot switch the organization', async ({ page, stack }) => {
  await signIn(page, stack);
  const response = await crossSiteForm(page, `${stack.baseURL}/switch-organization`, {
    organizationId: defaultIds.globex,
  });
  // Refused (403); where a proxy guards every route (Next), the cookie-less post is sent to a
  // plain sign-in instead. Either way the organization stays.
  expect([403, 303, 307]).toContain(response.status());
  if (response.status() !== 403) {
    expect(response.headers().location ?? '').not.toContain(defaultIds.globex);
  }
  await expectSignedInAt(page, stack, defaultIds.acme);
});

test('signed out, a form on another site never starts a sign-in into its organization', async ({
  page,
  stack,
}) => {
  const authorizeUrls: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/user_management/authorize') authorizeUrls.push(url);
  });
  await crossSiteForm(page, `${stack.baseURL}/switch-organization`, {
    organizationId: defaultIds.globex,
  });
  await page.waitForLoadState();
  for (const url of authorizeUrls) {
    expect(url.searchParams.get('organization_id')).not.toBe(defaultIds.globex);
  }
});

test('abandoned sign-ins with long return paths never push a request past 8 KB (no 431)', async ({
  page,
  context,
  stack,
}) => {
  await context.addCookies([{ name: 'app-pref', value: 'x'.repeat(1000), url: stack.baseURL }]);
  const returnPathname = `/account?${'q=1&'.repeat(450)}`;
  for (let i = 0; i < 6; i++) {
    await page.goto(`/login?${new URLSearchParams({ returnPathname })}`);
  }
  const verifiers = await verifierCookies(context);
  const bytes = verifiers.reduce((sum, c) => sum + c.name.length + 1 + c.value.length, 0);
  expect(bytes).toBeLessThanOrEqual(4096);
  const home = await page.goto('/');
  expect(home?.status()).toBe(200);
  const login = await page.goto('/login');
  expect(login?.status()).toBeLessThan(400);
});
