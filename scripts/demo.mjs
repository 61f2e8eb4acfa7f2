#!/usr/bin/env node
// The demo: one WorkOS emulator on 127.0.0.1:4400 and every example's production build on
// ports 3000–3003 pointed at it. With WORKOS_API_KEY (and WORKOS_CLIENT_ID) set, the examples talk
// to real WorkOS instead. Run through `npm run demo`, which installs and builds first.
// DEMO_SMOKE=1 starts everything, checks that each app answers, and exits.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const emulatorPort = 4400;
const env = process.env;
const smoke = env.DEMO_SMOKE === '1';
const realWorkOS = Boolean(env.WORKOS_API_KEY);

const allApps = [
  { name: 'next', port: 3000, buildOutput: '.next/BUILD_ID' },
  { name: 'hono', port: 3001, buildOutput: 'dist/server.js' },
  { name: 'tanstack-start', port: 3002, buildOutput: 'dist/server/server.js' },
  { name: 'express', port: 3003, buildOutput: 'dist/server.js' },
].map((app) => ({
  ...app,
  dir: join(root, 'examples', app.name),
  url: `http://localhost:${app.port}`,
}));
// DEMO_APPS=hono,express runs a subset (for trying the demo while an example is unbuilt).
const chosen = (env.DEMO_APPS ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const apps = chosen.length ? allApps.filter((app) => chosen.includes(app.name)) : allApps;

const servers = [];
let emulator;
let stopping = false;

function fail(message) {
  if (!bannerPrinted && heldBack.length > 0) console.error(heldBack.join('\n'));
  console.error(`\n✖ ${message}`);
  return shutdown(1);
}

/** A module of a built package (the demo runs after `pnpm build`). */
function importBuilt(path) {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${path} is not built: run \`npm run demo\`.`);
  return import(pathToFileURL(file).href);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function checkPrerequisites() {
  const unbuilt = apps.filter((app) => !existsSync(join(app.dir, app.buildOutput)));
  if (unbuilt.length > 0) {
    const list = unbuilt.map((app) => `examples/${app.name}`).join(', ');
    throw new Error(`not built yet: ${list}. Run \`npm run demo\` (or \`pnpm turbo run build\`).`);
  }
  const ports = [...(realWorkOS ? [] : [emulatorPort]), ...apps.map((app) => app.port)];
  for (const port of ports) {
    if (!(await portIsFree(port))) {
      throw new Error(`port ${port} is in use: stop whatever listens there and try again.`);
    }
  }
}

/** The WORKOS_* variables every example gets: the emulator's, or the real ones from the shell. */
async function workosEnvironment() {
  const cookiePassword = env.WORKOS_COOKIE_PASSWORD || randomBytes(32).toString('hex');
  if (realWorkOS) {
    if (!env.WORKOS_CLIENT_ID)
      throw new Error('WORKOS_API_KEY is set but WORKOS_CLIENT_ID is not.');
    const passed = Object.entries(process.env).filter(([key]) => key.startsWith('WORKOS_'));
    return { ...Object.fromEntries(passed), WORKOS_COOKIE_PASSWORD: cookiePassword };
  }
  const { startEmulator } = await importBuilt('packages/emulator/dist/index.js');
  emulator = await startEmulator({ port: emulatorPort, autoLogin: false });
  return { ...emulator.env, WORKOS_COOKIE_PASSWORD: cookiePassword };
}

/** App output held back until the banner is printed (shown at once if starting fails). */
const heldBack = [];
let bannerPrinted = false;

/** Writes `[name] ` before every line of a stream of chunks (held back until the banner). */
function linePrefixer(name) {
  let pending = '';
  return (chunk) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (bannerPrinted) process.stdout.write(`[${name}] ${line}\n`);
      else heldBack.push(`[${name}] ${line}`);
    }
  };
}

/**
 * Starts an example's production build with its own `start` script, as `pnpm start` would, and
 * resolves once it answers.
 */
async function startApp(app, workosEnv, { environmentWithoutWorkos, startServer }) {
  const manifest = JSON.parse(readFileSync(join(app.dir, 'package.json'), 'utf8'));
  const server = await startServer({
    command: manifest.scripts.start,
    shell: true,
    cwd: app.dir,
    env: {
      ...environmentWithoutWorkos(),
      ...workosEnv,
      PATH: `${join(app.dir, 'node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
      NODE_ENV: 'production',
      PORT: String(app.port),
      WORKOS_REDIRECT_URI: `${app.url}/callback`,
      // Cookies are per host, not per port: one name per app, or signing in to one signs in all.
      WORKOS_COOKIE_NAME: `wos-session-${app.name}`,
    },
    ready: { url: app.url },
    timeoutMs: 60_000,
    onOutput: linePrefixer(app.name),
  }).catch((error) => {
    throw new Error(`examples/${app.name}: ${error.message}`);
  });
  server.child.on('exit', (code, signal) => {
    if (!stopping) fail(`examples/${app.name} stopped unexpectedly (${code ?? signal})`);
  });
  servers.push(server);
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(servers.map((server) => server.stop()));
  await emulator?.stop();
  process.exit(code);
}

/**
 * Signs in as Alice with the emulator's scripted browser (its sign-in page answers a `login_hint`
 * at once); a problem, or nothing when the account page shows her and the browser keeps the app's
 * own session cookie.
 */
async function signInProblem(app, { TestBrowser, testId }) {
  const browser = new TestBrowser({
    origin: app.url,
    emulatorUrl: emulator.url,
    loginHint: 'alice@example.com',
  });
  const page = await browser.navigate('/login?returnPathname=%2Faccount');
  const email = testId(page.body, 'user-email');
  if (page.status !== 200 || email !== 'alice@example.com') {
    return `${app.name}: signing in ended on ${page.url.pathname} (${page.status}) showing ${email ?? 'no user'}`;
  }
  const names = browser.cookieNames();
  if (!names.includes(`wos-session-${app.name}`)) {
    return `${app.name}: signing in set cookies [${names.join(', ')}]`;
  }
  return undefined;
}

/** DEMO_SMOKE: every app answers `/` with 200, `/login` redirects to the sign-in page, and signing in shows Alice's account with the app's own session cookie. */
async function smokeCheck(testing) {
  const signInPath = '/user_management/authorize';
  const isSignIn = (location) => {
    const url = URL.canParse(location) ? new URL(location) : null;
    return url?.pathname === signInPath && (realWorkOS || url.origin === emulator.url);
  };
  const problems = [];
  for (const app of apps) {
    const home = await fetch(`${app.url}/`, { redirect: 'manual' });
    if (home.status !== 200) problems.push(`${app.name}: GET / answered ${home.status}`);
    const login = await fetch(`${app.url}/login?returnPathname=%2Faccount`, { redirect: 'manual' });
    const location = login.headers.get('location') ?? '';
    const redirects = login.status >= 300 && login.status < 400;
    if (!redirects || !isSignIn(location)) {
      problems.push(
        `${app.name}: GET /login answered ${login.status} → ${location || '(no Location)'}`,
      );
    }
    const signIn = realWorkOS ? undefined : await signInProblem(app, testing);
    if (signIn) problems.push(signIn);
    if (!problems.some((problem) => problem.startsWith(`${app.name}:`))) {
      console.log(
        `✔ ${app.name} answers /, signs in (account page shows Alice) and keeps its own session cookie`,
      );
    }
  }
  return problems;
}

function printBanner() {
  const width = Math.max(...apps.map((app) => app.name.length));
  console.log('\nAuthKit demo is running:\n');
  for (const app of apps) console.log(`  ${app.name.padEnd(width)}  ${app.url}`);
  if (realWorkOS) {
    console.log('\nUsing real WorkOS. Each app signs in through its redirect URI');
    console.log('http://localhost:<port>/callback: add them in the WorkOS dashboard.');
  } else {
    console.log(`\n  WorkOS emulator  ${emulator.url}  (local, for development only)`);
    console.log('\nOpen an app, click sign in, and pick a user on the emulator page:');
    console.log(
      '  alice@example.com  admin of Acme, member of Globex (try switching organization)',
    );
    console.log('  bob@example.com    member of Acme');
  }
  console.log('\nPress Ctrl-C to stop everything.\n');
  bannerPrinted = true;
}

async function main() {
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  try {
    await checkPrerequisites();
    const workosEnv = await workosEnvironment();
    const testing = await importBuilt('packages/emulator/dist/testing/index.js');
    const started = await Promise.allSettled(apps.map((app) => startApp(app, workosEnv, testing)));
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    if (smoke) {
      const problems = await smokeCheck(testing);
      if (problems.length > 0) return fail(`demo smoke check failed:\n  ${problems.join('\n  ')}`);
      console.log('✔ demo smoke check passed');
      return shutdown(0);
    }
    printBanner();
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

await main();
