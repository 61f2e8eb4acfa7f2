import { defineConfig } from '@playwright/test';
import { compatPlaywrightConfig } from '../../e2e/support/compat-config.js';

export default defineConfig(compatPlaywrightConfig({ appName: 'tanstack-anchor-readme' }));
