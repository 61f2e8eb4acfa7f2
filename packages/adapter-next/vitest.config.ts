import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// React 18 and react-dom 18 from the React layer's private fixture package.
const react18 = (name: string) =>
  realpathSync(fileURLToPath(new URL(`../react/react18/node_modules/${name}`, import.meta.url)));

export default defineConfig({
  test: {
    setupFiles: ['./src/test-support/setup.ts'],
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'adapter' } },
      {
        // The client entry (provider, hooks, README snippet) again on React 18.
        extends: true,
        test: {
          name: 'react18',
          include: ['src/client/provider.test.tsx', 'src/readme-snippets.test.tsx'],
          env: { EXPECTED_REACT_MAJOR: '18' },
        },
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
