import { defineConfig } from 'vitest/config';

// Vitest 5's failure reporter needs Map.groupBy, which Node 20 lacks.
import '../../scripts/node20-polyfills.mjs';

export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 60_000 },
});
