import { defineConfig } from '@playwright/test';
import { reactApps, selectedApps } from './support/apps.js';
import { chromiumLaunchOptions } from './support/chromium.js';

// One output folder per run (workers inherit the id), so two runs at once don't delete each other's traces.
process.env.E2E_RUN_ID ??= new Date().toISOString().replace(/[:.]/g, '-');

export default defineConfig<object, { appName: string }>({
  testDir: '.',
  outputDir: `test-results/${process.env.E2E_RUN_ID}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'artifacts/results.json' }]],
  use: {
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
  projects: [
    ...selectedApps().map((app) => ({
      name: app.name,
      testMatch: ['scenario.spec.ts', 'security.spec.ts', ...(app.extraSpecs ?? [])],
      use: { appName: app.name },
    })),
    // The React layer's hooks in the two React adapters' examples.
    ...selectedApps()
      .filter((app) => reactApps.includes(app.name))
      .map((app) => ({
        name: `${app.name}-client`,
        testMatch: 'client-hooks.spec.ts',
        use: { appName: app.name },
      })),
  ],
});
