import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import type { ExampleApp } from './apps.js';

/** A running production server of one example. */
export interface RunningServer {
  baseURL: string;
  port: number;
  /** The last lines the server printed, for failure messages. */
  recentOutput(): string;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not allocate a port'));
      });
    });
  });
}

function startScript(app: ExampleApp): string {
  const manifest = JSON.parse(readFileSync(join(app.dir, 'package.json'), 'utf8'));
  const script = manifest.scripts?.start;
  if (typeof script !== 'string') throw new Error(`${app.packageName} has no "start" script`);
  return script;
}

/** The environment an example runs with: no inherited WORKOS_* value, then `env`. */
function serverEnvironment(app: ExampleApp, env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('WORKOS_')),
  );
  const bin = join(app.dir, 'node_modules', '.bin');
  return {
    ...inherited,
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    NODE_ENV: 'production',
    ...env,
  };
}

async function waitUntilAnswering(
  baseURL: string,
  child: ChildProcess,
  outputTail: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `exited (${child.exitCode ?? child.signalCode}) before answering.\n${outputTail()}`,
      );
    }
    try {
      await fetch(baseURL, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`did not answer ${baseURL} within ${timeoutMs / 1000}s.\n${outputTail()}`);
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve();
  }
  const pid = child.pid;
  return new Promise((resolve) => {
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // the group is already gone
      }
    };
    const force = setTimeout(() => kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      kill('SIGKILL');
      resolve();
    });
    kill('SIGTERM');
  });
}

/**
 * Starts the example's production build (its package `start` script, as `pnpm start` would)
 * on `port` with `env`, and resolves once it answers HTTP. Output goes to `logFile`.
 */
export async function startExampleServer(
  app: ExampleApp,
  port: number,
  env: Record<string, string>,
  logFile: string,
): Promise<RunningServer> {
  if (!existsSync(join(app.dir, app.buildOutput))) {
    throw new Error(
      `${app.packageName} has no production build (${app.buildOutput} is missing): run \`pnpm turbo run build\` first`,
    );
  }
  const baseURL = `http://localhost:${port}`;
  mkdirSync(join(logFile, '..'), { recursive: true });
  const log = createWriteStream(logFile);
  let tail = '';
  const child = spawn(startScript(app), {
    cwd: app.dir,
    env: serverEnvironment(app, { ...env, PORT: String(port) }),
    shell: true,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const record = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  const outputTail = () => `--- ${app.packageName} output (${logFile}) ---\n${tail}`;
  try {
    await waitUntilAnswering(baseURL, child, outputTail, 60_000);
  } catch (error) {
    await stopProcessGroup(child);
    log.end();
    throw new Error(`${app.packageName}: ${(error as Error).message}`);
  }
  return {
    baseURL,
    port,
    recentOutput: () => tail,
    async stop() {
      await stopProcessGroup(child);
      log.end();
    },
  };
}
