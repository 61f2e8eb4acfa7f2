import { defineConfig } from 'vitest/config';
import { react18Project } from '../react/react18/vitest-project.js';

export default defineConfig({
  test: {
    globalSetup: ['./src/test-support/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'adapter' } },
      // The client entry (provider, hooks, README snippet) again on React 18.
      react18Project(['src/client/provider.test.tsx', 'src/readme-snippets.test.tsx']),
    ],
  },
});
