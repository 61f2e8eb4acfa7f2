import { expect, test } from './support/fixtures.js';
import { isSignInPage, signIn } from './support/flows.js';

// Next.js: signed out (e.g. in another tab) on a page the proxy protects, the `/client` hooks'
// server actions are answered `401` by the proxy instead of a redirect to sign-in (which a
// server action's fetch cannot follow: "Failed to fetch"); the transport reads it as signed out.

test('signed out on /hooks, a hook’s server action gets 401 and the switch sends the browser to sign in', async ({
  page,
  context,
  stack,
}) => {
  await signIn(page, stack, { returnPathname: '/hooks' });
  await expect(page.getByTestId('hooks-user-email')).toHaveText('alice@example.com');
  // The page's own first calls (the access token) are done while signed in.
  await expect(page.getByTestId('hooks-access-token')).toHaveText(/^…/);
  await context.clearCookies();
  const organizationId = 'org_01ANYTHING00000000000000';
  // The switch's server action call (its arguments carry the organization id).
  const action = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      response.request().headers()['next-action'] !== undefined &&
      (response.request().postData() ?? '').includes(organizationId),
  );
  const authorize = page.waitForRequest((request) => isSignInPage(stack, new URL(request.url())));
  await page.getByTestId('hooks-org-input').fill(organizationId);
  await page.getByTestId('hooks-switch').click();
  const refused = await action;
  expect(refused.status()).toBe(401);
  expect(refused.headers().location).toBeUndefined();
  // The page is loaded again, which the proxy sends to sign-in, coming back to /hooks.
  const url = new URL((await authorize).url());
  expect(url.searchParams.get('state')).toBeTruthy();
  await page.waitForURL((current) => isSignInPage(stack, current));
});
