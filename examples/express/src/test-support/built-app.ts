import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const serverEntry = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** The production build (`node dist/server.js`) running in a child process. */
export interface BuiltApp {
  url: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('Could not find a free port');
  return address.port;
}

function waitForListening(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output()}`)), 15_000);
    child.stdout?.on('data', () => {
      if (output().includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output()}`));
    });
  });
}

/**
 * Starts `dist/server.js` on a free 127.0.0.1 port with the given `WORKOS_*` variables (and
 * none inherited from the caller's environment), redirect URI pointing back at itself.
 */
export async function startBuiltApp(env: Record<string, string>): Promise<BuiltApp> {
  if (!existsSync(serverEntry))
    throw new Error('dist/server.js is missing: run `pnpm build` first.');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('WORKOS_')),
  );
  const child = spawn(process.execPath, [serverEntry], {
    env: {
      ...inherited,
      WORKOS_REDIRECT_URI: `${url}/callback`,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  await waitForListening(child, () => log);
  return {
    url,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
