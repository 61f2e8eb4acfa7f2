import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { environmentWithoutWorkos, startServer } from '@workos/authkit-emulator/testing';
import type { ExampleApp } from './apps.js';

/** A running production server of one example. */
export interface RunningServer {
  baseURL: string;
  port: number;
  /** The last lines the server printed, for failure messages. */
  recentOutput(): string;
  stop(): Promise<void>;
}

function startScript(app: ExampleApp): string {
  const manifest = JSON.parse(readFileSync(join(app.dir, 'package.json'), 'utf8'));
  const script = manifest.scripts?.start;
  if (typeof script !== 'string') throw new Error(`${app.packageName} has no "start" script`);
  return script;
}

/** The environment an example runs with: no inherited WORKOS_* value, then `env`. */
function serverEnvironment(app: ExampleApp, env: Record<string, string>): NodeJS.ProcessEnv {
  const bin = join(app.dir, 'node_modules', '.bin');
  return {
    ...environmentWithoutWorkos(),
    PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
    NODE_ENV: 'production',
    ...env,
  };
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
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      command: startScript(app),
      shell: true,
      cwd: app.dir,
      env: serverEnvironment(app, { ...env, PORT: String(port) }),
      ready: { url: baseURL },
      timeoutMs: 60_000,
      onOutput: (chunk) => log.write(chunk),
    });
  } catch (error) {
    log.end();
    throw new Error(`${app.packageName} (output in ${logFile}): ${(error as Error).message}`);
  }
  return {
    baseURL,
    port,
    recentOutput: () => server.output(),
    async stop() {
      await server.stop();
      log.end();
    },
  };
}
