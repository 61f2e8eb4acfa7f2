import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '@workos/authkit-emulator';
import { freePort, startServer } from '@workos/authkit-emulator/testing';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** A cookie password for tests. */
export const TEST_COOKIE_PASSWORD = 'example-test-cookie-password-0123456789';

/** The production build running as a child process. */
export interface BuiltServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts `node dist/server.js` on a free port, pointed at the emulator. */
export async function startBuiltServer(emulator: Emulator): Promise<BuiltServer> {
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `pnpm build` first.');
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const server = await startServer({
    command: process.execPath,
    args: [SERVER],
    env: {
      ...process.env,
      ...emulator.env,
      PORT: String(port),
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      WORKOS_COOKIE_PASSWORD: TEST_COOKIE_PASSWORD,
    },
    ready: { output: 'listening on' },
  });
  return { origin, stop: () => server.stop() };
}
