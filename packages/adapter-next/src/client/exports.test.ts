import { expect, it } from 'vitest';

// The public surface of `@workos/authkit-next/client` (every client export of
// @workos-inc/authkit-nextjs/components): a change is a visible diff in __snapshots__/.
it('@workos/authkit-next/client exports', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
});
