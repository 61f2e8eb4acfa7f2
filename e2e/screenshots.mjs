#!/usr/bin/env node
// `pnpm --filter @authkit-internal/e2e screenshots`: signs in as Alice on the production build of
// every example (Debian's Chromium, the emulator's hosted page) and saves the account page as
// examples/<name>/screenshot-account.png, the picture in each example's README. Build first
// (`pnpm turbo run build --filter "example-*"`); EXAMPLES=hono,next takes a subset.
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startEmulator } from '@workos/authkit-emulator';
import { environmentWithoutWorkos, freePort, startServer } from '@workos/authkit-emulator/testing';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const names = (process.env.EXAMPLES || 'next,hono,tanstack-start,express').split(',');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const name of names) {
    const dir = join(examples, name);
    const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const emulator = await startEmulator({ port: 0 });
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const server = await startServer({
      command: scripts.start,
      shell: true,
      cwd: dir,
      env: {
        ...environmentWithoutWorkos(),
        ...emulator.env,
        PATH: `${join(dir, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
        NODE_ENV: 'production',
        PORT: String(port),
        WORKOS_REDIRECT_URI: `${origin}/callback`,
        WORKOS_COOKIE_PASSWORD: 'screenshot-cookie-password-at-least-32-chars',
      },
      ready: { url: origin },
      timeoutMs: 60_000,
    });
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
      const file = join(dir, 'screenshot-account.png');
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
