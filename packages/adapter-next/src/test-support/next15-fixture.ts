import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startServer } from '@workos/authkit-emulator/testing';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtureDir = join(pkg, 'fixtures/next15');
// The fixture is a private workspace package with its own next 15 and React 18 (package.json).
const nextBin = join(fixtureDir, 'node_modules/next/dist/bin/next');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the Next 15 fixture app (against the built adapter) unless its build is newer than both
 * the fixture and the adapter's `dist`.
 */
export function ensureNext15FixtureBuilt(): void {
  const buildId = join(fixtureDir, '.next/BUILD_ID');
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built > Math.max(newestMtime(fixtureDir), newestMtime(join(pkg, 'dist')))) return;
  execFileSync(process.execPath, [nextBin, 'build', fixtureDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/** Serves the built fixture with Next 15's `next start` on 127.0.0.1; `stop()` ends it. */
export async function startNext15Fixture(env: Record<string, string>) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startServer({
    command: process.execPath,
    args: [nextBin, 'start', fixtureDir, '-p', String(port), '-H', '127.0.0.1'],
    env: {
      ...process.env,
      ...env,
      WORKOS_REDIRECT_URI: `${origin}/callback`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    ready: { output: 'Ready' },
  });
  return { origin, output: server.output, stop: () => server.stop() };
}
