import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One example at a time: each file starts a production server (two cores in CI).
  test: { fileParallelism: false, testTimeout: 30_000, hookTimeout: 90_000 },
});
