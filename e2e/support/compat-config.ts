import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';

/** What a compat/ app's Playwright run sets: the app name its specs get, and its timeouts. */
export interface CompatRun {
  appName: string;
  /** Per test (default 60 s). */
  timeout?: number;
  /** Per navigation (default 20 s). */
  navigationTimeout?: number;
}

/**
 * The Playwright config of a compat/ app (for its own `defineConfig`, so that only the app's copy
 * of @playwright/test is loaded): its `e2e/` specs, one worker, Debian's Chromium.
 */
export function compatPlaywrightConfig(
  run: CompatRun,
): PlaywrightTestConfig<object, { appName: string }> {
  return {
    testDir: 'e2e',
    outputDir: 'test-results',
    workers: 1,
    retries: 0,
    forbidOnly: Boolean(process.env.CI),
    timeout: run.timeout ?? 60_000,
    expect: { timeout: 10_000 },
    reporter: 'list',
    use: {
      appName: run.appName,
      launchOptions: chromiumLaunchOptions,
      trace: 'retain-on-failure',
      actionTimeout: 10_000,
      navigationTimeout: run.navigationTimeout ?? 20_000,
    },
  };
}
