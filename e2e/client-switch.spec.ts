import { defaultIds, defaultSeed } from '@workos/authkit-emulator';
import { expect, test } from './support/fixtures.js';
import { isSignInPage, sessionCookie, signIn } from './support/flows.js';

// The React examples' `/client` transport on the `/hooks` page: an organization that demands a new
// sign-in makes `switchToOrganizationAction` answer (TanStack: redirect to) that sign-in, and the
// transport sends the browser there.

const alice = 'alice@example.com';

test('switchToOrganization into an organization that enforces SSO signs in there and comes back', async ({
  page,
  context,
  stack,
}) => {
  const organizations = (defaultSeed.organizations ?? []).map((org) =>
    org.id === defaultIds.globex ? { ...org, ssoConnectionIds: ['conn_01GLOBEXSSO'] } : org,
  );
  stack.emulator.reset({ ...defaultSeed, organizations });
  try {
    await signIn(page, stack, { returnPathname: '/hooks' });
    await expect(page.getByTestId('hooks-organization-id')).toHaveText(defaultIds.acme);
    const session = (await sessionCookie(context)).value;
    // Hold the browser at the sign-in page's request until the session has been checked: the
    // emulator would otherwise complete that sign-in (and set a new cookie) before the check.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let requested = (_url: URL) => {};
    const authorize = new Promise<URL>((resolve) => {
      requested = resolve;
    });
    await page.route(
      (url) => isSignInPage(stack, url),
      async (route) => {
        requested(new URL(route.request().url()));
        await held;
        await route.continue();
      },
    );
    await page.getByTestId('hooks-org-input').fill(defaultIds.globex);
    await page.getByTestId('hooks-switch').click();
    const url = await authorize;
    expect(url.searchParams.get('organization_id')).toBe(defaultIds.globex);
    expect(url.searchParams.get('login_hint')).toBe(alice);
    // Nothing changed yet: the session is still the one in Acme.
    expect((await sessionCookie(context)).value).toBe(session);
    release();
    // The emulator completes that sign-in (the SSO connection, for the login hint) on its own.
    await page.waitForURL(`${stack.baseURL}/hooks`);
    await expect(page.getByTestId('hooks-organization-id')).toHaveText(defaultIds.globex);
  } finally {
    stack.emulator.reset(defaultSeed);
  }
});
