import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium.js';

export default defineConfig<object, { appName: string }>({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    appName: 'published-authkit-nextjs-calls',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
});
