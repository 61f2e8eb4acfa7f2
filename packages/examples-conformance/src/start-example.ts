import { existsSync, readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConformanceApp } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import {
  environmentWithoutWorkos,
  onFreePorts,
  startServer,
} from '@workos/authkit-emulator/testing';

/** The examples of the workspace, with the file their production build writes. */
const builds = {
  next: '.next/BUILD_ID',
  hono: 'dist/server.js',
  'tanstack-start': 'dist/server/server.js',
  express: 'dist/server.js',
} as const;

export type ExampleName = keyof typeof builds;

/**
 * Starts an emulator and the production build of `examples/<name>` with its own `start` script (as
 * `npm start` would), on a free 127.0.0.1 port, and hands both to the conformance suite.
 */
export async function startExample(name: ExampleName): Promise<ConformanceApp> {
  const dir = fileURLToPath(new URL(`../../../examples/${name}/`, import.meta.url));
  if (!existsSync(`${dir}${builds[name]}`)) {
    throw new Error(`examples/${name} is not built: run \`pnpm turbo run build\` first.`);
  }
  const { scripts } = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));
  const emulator = await startEmulator({ port: 0 });
  // `localhost`, as the examples' own tests use it (on 127.0.0.1, Next's callback answered 400).
  const originOf = (port: number) => `http://localhost:${port}`;
  // On a new port when another lane took the free one meanwhile (EADDRINUSE).
  const { ports, server } = await onFreePorts(1, (port) =>
    startServer({
      command: scripts.start,
      shell: true,
      cwd: dir,
      env: {
        ...environmentWithoutWorkos(),
        ...emulator.env,
        PATH: `${dir}node_modules/.bin${delimiter}${process.env.PATH ?? ''}`,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        HOST: '127.0.0.1',
        WORKOS_REDIRECT_URI: `${originOf(port)}/callback`,
        WORKOS_COOKIE_PASSWORD: 'conformance-test-cookie-password-32-chars',
      },
      ready: { url: originOf(port) },
      timeoutMs: 60_000,
    }),
  ).catch(async (error) => {
    await emulator.stop();
    throw error;
  });
  const origin = originOf(ports[0]!);
  return {
    origin,
    emulator,
    fetch: (request) => fetch(request, { redirect: 'manual' }),
    teardown: async () => {
      await server.stop();
      await emulator.stop();
    },
  };
}
