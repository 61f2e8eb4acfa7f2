import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '@workos/authkit-emulator';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** A cookie password for tests. */
export const TEST_COOKIE_PASSWORD = 'example-test-cookie-password-0123456789';

/** The production build running as a child process. */
export interface BuiltServer {
  origin: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function waitForListening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
}

/** Starts `node dist/server.js` on a free port, pointed at the emulator. */
export async function startBuiltServer(emulator: Emulator): Promise<BuiltServer> {
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `pnpm build` first.');
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, [SERVER], {
    env: {
      ...process.env,
      ...emulator.env,
      PORT: String(port),
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      WORKOS_COOKIE_PASSWORD: TEST_COOKIE_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForListening(child);
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
