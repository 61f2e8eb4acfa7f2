import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['./src/test-support/setup.ts'],
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 20_000,
  },
});
