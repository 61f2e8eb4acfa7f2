import { expect, it } from 'vitest';

// The public surface of `@workos/authkit-tanstack-start/client` (every client export of
// @workos/authkit-tanstack-react-start/client): a change is a visible diff in __snapshots__/.
it('@workos/authkit-tanstack-start/client exports', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toMatchSnapshot();
});
