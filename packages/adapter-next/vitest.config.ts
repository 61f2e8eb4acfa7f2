import { defineConfig } from 'vitest/config';

// Vitest 5's failure reporter needs Map.groupBy, which Node 20 lacks.
import '../../scripts/node20-polyfills.mjs';

export default defineConfig({
  test: {
    setupFiles: ['./src/test-support/setup.ts'],
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 20_000,
  },
});
