import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { environmentWithoutWorkos, freePort, startServer } from '@workos/authkit-emulator/testing';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

/** The production server started with `node server.mjs`, as `pnpm start` does. */
export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
}

/** Starts the built app (run `pnpm build` first) on a free port with the given WORKOS_* env. */
export async function startBuiltApp<T extends { [K in keyof T]: string }>(
  env: T,
): Promise<RunningApp> {
  if (!existsSync(`${exampleDir}dist/server/server.js`)) {
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
      WORKOS_COOKIE_PASSWORD: 'example-test-cookie-password-32-chars-min',
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      ...env,
    },
    ready: { url: origin },
    timeoutMs: 20_000,
  });
  return { origin, stop: () => server.stop(3000) };
}
