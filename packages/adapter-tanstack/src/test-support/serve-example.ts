import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The example app this package's integration tests run: a real TanStack Start build. */
export const exampleDir = fileURLToPath(
  new URL('../../../../examples/tanstack-start/', import.meta.url),
);
const adapterDist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
const serverBuild = `${exampleDir}dist/server/server.js`;

/** A running production server of the example. */
export interface ServedExample {
  origin: string;
  stop(): Promise<void>;
}

/** Builds the example (`vite build`) unless a build newer than the adapter's `dist` exists. */
export function ensureExampleBuilt(): void {
  const fresh =
    existsSync(serverBuild) &&
    existsSync(adapterDist) &&
    statSync(serverBuild).mtimeMs > statSync(adapterDist).mtimeMs;
  if (!fresh) execFileSync('pnpm', ['run', 'build'], { cwd: exampleDir, stdio: 'inherit' });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

async function waitUntilAnswering(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the example exited with ${child.exitCode}`);
    try {
      await fetch(origin, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`the example did not answer on ${origin}`);
}

/**
 * Starts the built example with `node server.mjs` (what `pnpm start` runs) on a free port of
 * 127.0.0.1, with `env` (the emulator's WORKOS_* variables) and a test cookie password.
 */
export async function serveExample(env: Record<string, string>): Promise<ServedExample> {
  ensureExampleBuilt();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('WORKOS_')),
  );
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: exampleDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...inherited,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      WORKOS_COOKIE_PASSWORD: 'test-cookie-password-with-at-least-32-chars',
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      ...env,
    },
  });
  await waitUntilAnswering(origin, child);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
