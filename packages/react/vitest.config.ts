import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The React 18 project runs the same tests with `react` and `react-dom` resolved to the
// private `@authkit-internal/react18` package (React 18.3), whose react-dom requires its own React.
const react18 = (name: string) =>
  realpathSync(fileURLToPath(new URL(`./react18/node_modules/${name}`, import.meta.url)));

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'react19', env: { EXPECTED_REACT_MAJOR: '19' } } },
      {
        extends: true,
        test: { name: 'react18', env: { EXPECTED_REACT_MAJOR: '18' } },
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${react18('react-dom')}$1` },
            { find: /^react(\/.*)?$/, replacement: `${react18('react')}$1` },
          ],
        },
      },
    ],
  },
});
