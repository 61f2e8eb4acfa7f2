import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from '@authkit-internal/conformance';
import type { Emulator } from '@workos/authkit-emulator';
import {
  builtAppFixture,
  type RunningApp,
  startBuiltApp,
} from '../../../../examples/tanstack-start/test/serve.js';

/** The example app this package's integration tests run: a real TanStack Start build. */
export const exampleDir = fileURLToPath(
  new URL('../../../../examples/tanstack-start/', import.meta.url),
);
const adapterDist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** A private build of the example, so these tests never race the example's own `pnpm build`. */
const buildDir = fileURLToPath(
  new URL('../../node_modules/.cache/example-build/', import.meta.url),
);
const stamp = join(buildDir, 'built-at');

/** A running production server of the example. */
export type ServedExample = RunningApp;

function newestMtime(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
}

/** Builds the example (`vite build`) unless the private build is newer than its inputs. */
export function ensureExampleBuilt(): void {
  const inputs = Math.max(newestMtime(adapterDist), newestMtime(join(exampleDir, 'src')));
  if (existsSync(stamp) && statSync(stamp).mtimeMs > inputs) return;
  execFileSync('pnpm', ['exec', 'vite', 'build', '--emptyOutDir', '--logLevel', 'error'], {
    cwd: exampleDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', EXAMPLE_OUT_DIR: buildDir },
  });
  writeFileSync(stamp, new Date().toISOString());
}

/**
 * The URL path of a server function in the private build, read from the server-function
 * manifest Start writes into `server.js` (ids are content hashes in production).
 */
export function serverFnPath(name: string): string {
  const server = readFileSync(join(buildDir, 'server/server.js'), 'utf8');
  const entry = new RegExp(
    `"([0-9a-f]{16,})":\\s*\\{\\s*functionName:\\s*"${name}_createServerFn_handler"`,
  );
  const id = server.match(entry)?.[1];
  if (!id) throw new Error(`No server function ${name} in the example build`);
  return `/_serverFn/${id}`;
}

/**
 * Starts the private build of the example with the example's own test helper (`node server.mjs`,
 * what `pnpm start` runs, on a free port of 127.0.0.1), with `env` (the emulator's WORKOS_*
 * variables) and a test cookie password.
 */
export async function serveExample<T extends { [K in keyof T]: string }>(
  env: T,
): Promise<ServedExample> {
  ensureExampleBuilt();
  return startBuiltApp(env, { outDir: buildDir });
}

/** The emulator and the example served against it for the tests of a file (see `servedExampleFixture`). */
export interface ServedExampleFixture {
  emulator: Emulator;
  /** The served example's origin (read inside tests and hooks). */
  readonly origin: string;
  /** A new signed-out browser on the example (manual redirects), signing in as alice. */
  browser(): Browser;
}

/**
 * Starts an emulator and the example's production build against it before the tests of a file
 * and stops both after them (the emulator is not reset between tests).
 */
export function servedExampleFixture(): ServedExampleFixture {
  const served = builtAppFixture({ outDir: buildDir });
  return {
    get emulator() {
      return served.emulator;
    },
    get origin() {
      return served.app.origin;
    },
    browser: () =>
      new Browser({
        appFetch: (request) => fetch(request, { redirect: 'manual' }),
        origin: served.app.origin,
        emulatorUrl: served.emulator.url,
        loginHint: 'alice@example.com',
      }),
  };
}
