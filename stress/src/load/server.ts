import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startServer } from '@workos/authkit-emulator/testing';

const exampleServer = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../examples/hono/dist/server.js',
);

/** The built Hono example (`examples/hono/dist/server.js`) running in a child Node process. */
export interface ExampleServer {
  url: string;
  child: ChildProcess;
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts the built example on 127.0.0.1 with `env` and waits until it listens. */
export async function startExample(env: Record<string, string>): Promise<ExampleServer> {
  const port = await freePort();
  const server = await startServer({
    command: process.execPath,
    args: [exampleServer],
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    ready: { output: 'listening' },
    timeoutMs: 15_000,
  });
  const { child } = server;
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    stop: () => server.stop(3000),
  };
}
