import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));

/** The production server started with `node server.mjs`, as `pnpm start` does. */
export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
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

async function waitForAnswer(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited with ${child.exitCode}`);
    try {
      await fetch(origin, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server.mjs did not answer on ${origin}`);
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
      WORKOS_COOKIE_PASSWORD: 'example-test-cookie-password-32-chars-min',
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      ...env,
    },
  });
  await waitForAnswer(origin, child);
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
