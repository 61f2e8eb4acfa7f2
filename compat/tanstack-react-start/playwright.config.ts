import { defineConfig } from '@playwright/test';
import { compatPlaywrightConfig } from '../../e2e/support/compat-config.js';

export default defineConfig(
  compatPlaywrightConfig({
    appName: 'published-tanstack-react-start',
    navigationTimeout: 15_000,
  }),
);
