import { defaultCredentials } from '@workos/authkit-emulator';
import { expect, test } from './support/fixtures.js';
import { sessionCookies, verifierCookies } from './support/flows.js';

// examples/hono's own password page (src/password-sign-in.tsx): the password goes to WorkOS
// through the SDK (authenticateWithPassword) and saveSession writes the usual session cookie.
test('custom password sign-in page: a wrong password is refused, the right one ends in a session', async ({
  page,
  context,
  stack,
}) => {
  await page.goto('/sign-in/password?returnPathname=%2Faccount');
  await page.getByLabel('Email').fill('bob@example.com');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('password-error')).toHaveText('Email or password is incorrect.');
  expect(await sessionCookies(context), 'no session after a wrong password').toEqual([]);

  await page.getByLabel('Password').fill(defaultCredentials.bobPassword);
  await page.getByTestId('password-submit').click();
  await page.waitForURL(`${stack.baseURL}/account`);
  await expect(page.getByTestId('user-email')).toHaveText('bob@example.com');
  await expect(page.getByTestId('role')).toHaveText('member');

  const cookies = await sessionCookies(context);
  expect(cookies.length, 'a session cookie').toBeGreaterThan(0);
  for (const cookie of cookies) {
    expect(cookie.httpOnly, `${cookie.name} HttpOnly`).toBe(true);
    expect(cookie.sameSite, `${cookie.name} SameSite`).toBe('Lax');
    expect(cookie.path, `${cookie.name} Path`).toBe('/');
  }
  expect(await verifierCookies(context), 'no PKCE flow was started').toEqual([]);
  expect(stack.emulator.calls({ grantType: 'password' }).at(-1)?.status).toBe(200);
  const me = await page.request.get('/api/me');
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { user: { email: string } }).user.email).toBe('bob@example.com');
  await page.screenshot({ path: `${stack.artifactsDir}password-sign-in.png`, fullPage: true });
});
