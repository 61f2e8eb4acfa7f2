#!/usr/bin/env node
// Entry point of the two quick-start commands (`npm run demo`, `npm test`) and `npm run bench`.
// Needs only Node and npm: it fetches the pinned pnpm through npx, installs, builds once and runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${pnpmVersion}`];
}

const pnpm = pnpmCommand();
const quietTools = {
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};
const polyfills = join(root, 'scripts/node20-polyfills.mjs');
const testEnv = {
  NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${polyfills}`].filter(Boolean).join(' '),
};

function run(label, args, { env, interruptible = false } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const [cmd, ...rest] = [...pnpm, ...args];
  const result = spawnSync(cmd, rest, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...quietTools, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const interrupted = result.status === 130 || result.signal === 'SIGINT';
  if (interruptible && interrupted) {
    console.log(`■ ${label} stopped`);
    return;
  }
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds}s (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}

function install() {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  run('install', ['install', ...frozen]);
}

/** The browser scenario drives Debian's Chromium; install it when missing and we may (root + apt). */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `✖ the browser tests need Chromium at ${chromium}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
    process.exit(1);
  }
  console.log("\n▶ installing Debian's Chromium for the browser tests");
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const stages = {
  test() {
    ensureChromium();
    install();
    run('lint (biome, through turbo)', ['exec', 'turbo', 'run', 'lint']);
    run('build', ['exec', 'turbo', 'run', 'build']);
    run('typecheck', ['exec', 'turbo', 'run', 'typecheck']);
    run(
      'unit and integration tests',
      ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--filter=!@authkit-internal/e2e'],
      {
        env: testEnv,
      },
    );
    run('package exports (publint, attw)', ['exec', 'turbo', 'run', 'check:package']);
    run(
      'runtime matrix: Node 22+, Bun, Deno, workerd, edge runtime',
      ['--filter', '@authkit-internal/stress', 'matrix'],
      { env: testEnv },
    );
    run('load test of the Hono example', ['--filter', '@authkit-internal/stress', 'load'], {
      env: testEnv,
    });
    run(
      'browser scenario against every example (Playwright)',
      ['--filter', '@authkit-internal/e2e', 'test'],
      { env: testEnv },
    );
  },
  demo() {
    install();
    run('build', ['exec', 'turbo', 'run', 'build']);
    process.on('SIGINT', () => {}); // the demo's own handler stops every server; wait for it
    run('demo', ['exec', 'node', 'scripts/demo.mjs'], { interruptible: true });
  },
  bench() {
    install();
    run('build', ['exec', 'turbo', 'run', 'build']);
    run('bench', ['--filter', '@authkit-internal/bench', 'bench']);
  },
};

const stage = stages[process.argv[2] ?? ''];
if (!stage) {
  console.error(`usage: node scripts/run.mjs <${Object.keys(stages).join('|')}>`);
  process.exit(2);
}
stage();
