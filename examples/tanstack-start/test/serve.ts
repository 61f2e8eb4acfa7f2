import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import { environmentWithoutWorkos, freePort, startServer } from '@workos/authkit-emulator/testing';
import { afterAll, beforeAll } from 'vitest';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

/** The production server started with `node server.mjs`, as `pnpm start` does. */
export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
}

/** Where the production build is: `dist/` (what `pnpm build` writes) unless told otherwise. */
export interface BuildOptions {
  outDir?: string;
}

/** Starts the built app (run `pnpm build` first) on a free port with the given WORKOS_* env. */
export async function startBuiltApp<T extends { [K in keyof T]: string }>(
  env: T,
  { outDir = join(exampleDir, 'dist') }: BuildOptions = {},
): Promise<RunningApp> {
  if (!existsSync(join(outDir, 'server', 'server.js'))) {
    throw new Error('The example is not built: run `pnpm build` first.');
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServer({
    command: process.execPath,
    args: ['server.mjs'],
    cwd: exampleDir,
    env: {
      ...environmentWithoutWorkos(),
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      EXAMPLE_OUT_DIR: outDir,
      WORKOS_COOKIE_PASSWORD: 'example-test-cookie-password-32-chars-min',
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      ...env,
    },
    ready: { url: origin },
    timeoutMs: 20_000,
  });
  return { origin, stop: () => server.stop(3000) };
}

/** The emulator and the built app against it (read inside tests and hooks). */
export interface BuiltAppFixture {
  readonly emulator: Emulator;
  readonly app: RunningApp;
}

/**
 * Starts an emulator and the built app against it before the tests of a file, and stops both
 * after them (the emulator is not reset between tests).
 */
export function builtAppFixture(options: BuildOptions = {}): BuiltAppFixture {
  let emulator: Emulator | undefined;
  let app: RunningApp | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    app = await startBuiltApp(emulator.env, options);
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await emulator?.stop();
  });
  const started = () => {
    if (!app || !emulator) throw new Error('builtAppFixture(): read it inside tests and hooks');
    return { app, emulator };
  };
  return {
    get emulator() {
      return started().emulator;
    },
    get app() {
      return started().app;
    },
  };
}
