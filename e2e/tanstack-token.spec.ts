import { expect, test } from './support/fixtures.js';
import { signIn } from './support/flows.js';

// TanStack Start only (its `extraSpecs`, e2e/support/apps.ts): the access token reaches the
// browser through a server function on demand, never in the server-rendered page (issue 16, item 5).

test('the access token is never in server-rendered HTML; the client fetches it on demand (TanStack)', async ({
  page,
  stack,
}) => {
  await signIn(page, stack, { returnPathname: '/hooks' });
  const html = await (await page.request.get(`${stack.baseURL}/hooks`)).text();
  expect(html).toContain('alice@example.com');
  expect(html).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  await expect(page.getByTestId('hooks-access-token')).toHaveText(/^…[\w-]{16}$/);
});
