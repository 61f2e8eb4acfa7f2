import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import { onFreePorts } from '@workos/authkit-emulator/testing';
import { type ExampleApp, exampleApp } from './apps.js';
import { type RunningServer, startExampleServer } from './server.js';

/** The access-token lifetime the emulator mints outside the expiry step. */
export const defaultAccessTokenTtlSeconds = 300;

/** One example's production server and the emulator it talks to. */
export interface Stack {
  app: ExampleApp;
  emulator: Emulator;
  server: RunningServer;
  baseURL: string;
  /** `e2e/artifacts/<app>/`: screenshots and the server log. */
  artifactsDir: string;
}

interface WorkerFixtures {
  appName: string;
  stack: Stack;
}

const artifactsRoot = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** The scenario's `test`: each project's worker starts an emulator and the project's example. */
export const test = base.extend<{ resetEmulator: undefined }, WorkerFixtures>({
  appName: ['', { option: true, scope: 'worker' }],
  stack: [
    async ({ appName }, use) => {
      const app = exampleApp(appName);
      const artifactsDir = `${artifactsRoot}${app.name}/`;
      mkdirSync(artifactsDir, { recursive: true });
      const emulator = await startEmulator({
        port: 0,
        accessTokenTtlSeconds: defaultAccessTokenTtlSeconds,
        autoLogin: false,
      });
      let server: RunningServer | undefined;
      try {
        // On a new port when another lane took the free one meanwhile (EADDRINUSE).
        ({ server } = await onFreePorts(1, (port) =>
          startExampleServer(
            app,
            port,
            {
              ...emulator.env,
              [app.redirectUriEnv ?? 'WORKOS_REDIRECT_URI']:
                `http://localhost:${port}${app.callbackPath ?? '/callback'}`,
              WORKOS_COOKIE_PASSWORD: randomBytes(32).toString('hex'),
            },
            `${artifactsDir}server.log`,
          ),
        ));
        await use({ app, emulator, server, baseURL: server.baseURL, artifactsDir });
      } finally {
        await server?.stop();
        await emulator.stop();
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ stack }, use) => {
    await use(stack.baseURL);
  },
  resetEmulator: [
    async ({ stack }, use) => {
      stack.emulator.setAccessTokenTtl(defaultAccessTokenTtlSeconds);
      await use(undefined);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
