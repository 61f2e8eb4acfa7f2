/**
 * The framework fixtures in bench/fixtures/: built when a build is missing or older than its
 * sources or the workspace packages it bundles, then served as production servers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  environmentWithoutWorkos,
  freePort,
  type RunningServer,
  startServer,
} from '@workos/authkit-emulator/testing';
import { processTreeCpuUs } from './proc-cpu.js';

/** bench/, where the fixtures' dependencies are installed. */
export const benchDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(benchDir, '..');

/** The directory of fixture `name` (bench/fixtures/<name>). */
export const fixtureDir = (name: string) => join(benchDir, 'fixtures', name);

/** The newest modification time under `path` (skipping node_modules and build outputs). */
function newest(path: string, skip: (name: string) => boolean): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!skip(entry)) latest = Math.max(latest, newest(join(path, entry), skip));
  }
  return latest;
}

/** The workspace packages' build outputs a fixture bundles (core and an adapter). */
export const packageDist = (...packages: string[]) =>
  packages.map((p) => join(repoDir, 'packages', p, 'dist'));

/**
 * Runs `command` (niced) in fixture `name` unless `marker` (a file the build writes) is newer
 * than the fixture's sources and every path of `inputs`.
 */
export function buildIfStale(options: {
  name: string;
  marker: string;
  outputs: (entry: string) => boolean;
  inputs: string[];
  command: string[];
  env: Record<string, string>;
  label: string;
}): void {
  const dir = fixtureDir(options.name);
  const marker = join(dir, options.marker);
  const skip = (entry: string) => entry === 'node_modules' || options.outputs(entry);
  const sources = Math.max(newest(dir, skip), ...options.inputs.map((p) => newest(p, () => false)));
  if (existsSync(marker) && statSync(marker).mtimeMs > sources) return;
  console.log(`  building ${options.label}`);
  const [command, ...args] = options.command as [string, ...string[]];
  const result = spawnSync('nice', ['-n', '10', command, ...args], {
    cwd: dir,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`building ${options.label} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** A fixture's production server, with its process tree's CPU clock. */
export interface FixtureServer {
  origin: string;
  cpu(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts `node <args>` in fixture `name` on a free port of 127.0.0.1 with `env` (+ PORT/HOST). */
export async function startFixture(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<FixtureServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: RunningServer = await startServer({
    command: process.execPath,
    args: args.map((a) => a.replace('{port}', String(port))),
    cwd: fixtureDir(name),
    env: {
      ...environmentWithoutWorkos(),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    ready: { url: origin },
    timeoutMs: 60_000,
  });
  const pid = server.child.pid as number;
  return {
    origin,
    cpu: async () => processTreeCpuUs(pid),
    stop: () => server.stop(3000),
  };
}
