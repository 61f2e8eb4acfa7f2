// `pnpm --filter @authkit-internal/e2e screenshots`: signs in as Alice on the production build of
// every example (Debian's Chromium, the emulator's hosted page) and saves the account page as
// examples/<name>/screenshot-account.png, the picture in each example's README. Build first
// (`pnpm turbo run build --filter "example-*"`); EXAMPLES=hono,next takes a subset. Each example
// starts as the browser scenario starts it (support/server.ts).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startEmulator } from '@workos/authkit-emulator';
import { onFreePorts } from '@workos/authkit-emulator/testing';
import { exampleApp } from './support/apps.js';
import { chromiumLaunchOptions } from './support/chromium.js';
import { startExampleServer } from './support/server.js';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const names = (process.env.EXAMPLES || 'next,hono,tanstack-start,express').split(',');
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const name of names) {
    const app = exampleApp(name);
    const emulator = await startEmulator({ port: 0 });
    const { server } = await onFreePorts(1, (port) =>
      startExampleServer(
        app,
        port,
        {
          ...emulator.env,
          WORKOS_REDIRECT_URI: `http://localhost:${port}/callback`,
          WORKOS_COOKIE_PASSWORD: randomBytes(32).toString('hex'),
        },
        join(artifacts, name, 'screenshot-server.log'),
      ),
    ).catch(async (error) => {
      await emulator.stop();
      throw error;
    });
    const origin = server.baseURL;
    try {
      const context = await browser.newContext({
        viewport: { width: 960, height: 640 },
        colorScheme: 'light',
      });
      const page = await context.newPage();
      await page.goto(`${origin}/login?returnPathname=%2Faccount`);
      await page.getByTestId('sign-in-as-alice@example.com').click();
      await page.waitForURL(`${origin}/account`);
      await page.getByTestId('organization-name').waitFor();
      const file = join(app.dir, 'screenshot-account.png');
      await page.screenshot({ path: file });
      console.log(`✔ ${name}: ${file}`);
      await context.close();
    } finally {
      await server.stop();
      await emulator.stop();
    }
  }
} finally {
  await browser.close();
}
