import { defineConfig } from 'vitest/config';
import { react18Project } from './react18/vitest-project.js';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'react19', env: { EXPECTED_REACT_MAJOR: '19' } } },
      // The same tests on React 18.
      react18Project(),
    ],
  },
});
