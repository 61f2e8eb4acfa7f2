#!/usr/bin/env node
// CI lane "starters": proves each template works as a standalone app, the way a user gets it.
// 1. `pnpm pack` our published packages (and this one: its prepack copies the examples in);
// 2. scaffold every template from the packed create-authkit-app into a temporary folder outside
//    the workspace; point our packages at the tarballs with overrides (the released versions
//    may not be on npm yet);
// 3. install, build, run the app's own tests, sign in through Chromium against the emulator,
//    and check that `npm run dev` honours PORT and EMULATOR_PORT.
// STARTERS=hono,express runs a subset. Needs the workspace built (`pnpm turbo run build`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@workos/authkit-emulator';
import {
  environmentWithoutWorkos,
  onFreePorts,
  startServer,
} from '@workos/authkit-emulator/testing';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '..', '..');
const published = ['core', 'react', 'emulator', 'adapter-next', 'adapter-hono', 'adapter-tanstack'];
const allTemplates = ['next', 'hono', 'tanstack-start', 'express'];
const chosen = (process.env.STARTERS ?? '').split(',').filter(Boolean);
const templates = chosen.length > 0 ? chosen : allTemplates;
const pnpm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['pnpm'];
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/** Runs a command; its output is shown only when it fails. */
function sh(label, [cmd, ...args], cwd, env = {}) {
  const since = Date.now();
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...environmentWithoutWorkos(), CI: '1', NEXT_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-8000));
    throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
  }
  console.log(`✔ ${label} (${seconds(since)})`);
  return result.stdout;
}

const work = mkdtempSync(join(tmpdir(), 'authkit-starters-'));
const packs = join(work, 'packs');
mkdirSync(packs);

function packAll() {
  const tarballs = {};
  for (const dir of [...published.map((name) => join(root, 'packages', name)), here]) {
    const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const before = new Set(readdirSync(packs));
    sh(`pnpm pack ${name}`, [...pnpm, 'pack', '--pack-destination', packs], dir);
    const file = readdirSync(packs).find((entry) => !before.has(entry));
    tarballs[name] = join(packs, file);
  }
  return tarballs;
}

/** Scaffolds with the packed create-authkit-app, as `npm create authkit-app` would run it. */
function scaffold(createTarball, template) {
  const createDir = join(work, 'create');
  mkdirSync(createDir, { recursive: true });
  sh('unpack create-authkit-app', ['tar', 'xzf', createTarball, '-C', createDir], work);
  const appDir = join(work, 'apps', template);
  mkdirSync(join(work, 'apps'), { recursive: true });
  const cli = join(createDir, 'package', 'dist', 'cli.js');
  sh(`create ${template}`, [process.execPath, cli, appDir, '--template', template], work);
  return appDir;
}

/** Our packages resolve to the tarballs, for pnpm and npm alike, transitive ones included. */
function pointAtTarballs(appDir, tarballs) {
  const manifestPath = join(appDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const overrides = Object.fromEntries(
    Object.entries(tarballs)
      .filter(([name]) => name !== 'create-authkit-app')
      .map(([name, file]) => [name, `file:${file}`]),
  );
  manifest.pnpm = { overrides };
  manifest.overrides = overrides;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Signs in as Alice through the emulator's hosted page in Chromium and reads the account page. */
async function signInWithChromium(template, appDir) {
  const emulator = await startEmulator({ port: 0 });
  const { scripts } = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
  let origin = '';
  let server;
  let browser;
  try {
    ({ server } = await onFreePorts(1, (port) => {
      origin = `http://localhost:${port}`;
      return startServer({
        command: scripts.start,
        shell: true,
        cwd: appDir,
        env: {
          ...environmentWithoutWorkos(),
          ...emulator.env,
          PATH: `${join(appDir, 'node_modules', '.bin')}:${process.env.PATH}`,
          NODE_ENV: 'production',
          PORT: String(port),
          WORKOS_REDIRECT_URI: `${origin}/callback`,
          WORKOS_COOKIE_PASSWORD: 'starter-check-cookie-password-at-least-32-chars',
        },
        ready: { url: origin },
        timeoutMs: 60_000,
      });
    }));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.goto(`${origin}/login?returnPathname=%2Faccount`);
    await page.getByTestId('sign-in-as-alice@example.com').click();
    await page.waitForURL(`${origin}/account`, { timeout: 20_000 });
    const email = (await page.getByTestId('user-email').textContent())?.trim();
    if (email !== 'alice@example.com') throw new Error(`account page shows "${email}"`);
    console.log(`✔ ${template}: signed in through Chromium, /account shows ${email}`);
  } catch (error) {
    if (server) console.error(server.output().slice(-4000));
    throw new Error(`${template}: sign-in through Chromium failed: ${error.message}`);
  } finally {
    await browser?.close();
    await server?.stop();
    await emulator.stop();
  }
}

/** `npm run dev` with PORT and EMULATOR_PORT: the app answers there and signs in on that emulator. */
async function devHonoursPorts(template, appDir) {
  const { scripts } = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
  const since = Date.now();
  const {
    ports: [port, emulatorPort],
    server,
  } = await onFreePorts(2, (port, emulatorPort) =>
    startServer({
      command: scripts.dev,
      shell: true,
      cwd: appDir,
      env: {
        ...environmentWithoutWorkos(),
        PATH: `${join(appDir, 'node_modules', '.bin')}:${process.env.PATH}`,
        PORT: String(port),
        EMULATOR_PORT: String(emulatorPort),
        NEXT_TELEMETRY_DISABLED: '1',
      },
      ready: { url: `http://localhost:${port}/` },
      timeoutMs: 120_000,
    }),
  );
  try {
    const login = await fetch(`http://localhost:${port}/login`, { redirect: 'manual' });
    const location = new URL(login.headers.get('location') ?? '/', `http://localhost:${port}`);
    if (location.port !== String(emulatorPort) || login.status < 300 || login.status >= 400) {
      throw new Error(`/login answered ${login.status} → ${location.href}`);
    }
    console.log(
      `✔ ${template}: npm run dev on PORT ${port}, emulator on EMULATOR_PORT (${seconds(since)})`,
    );
  } catch (error) {
    console.error(server.output().slice(-4000));
    throw new Error(`${template}: dev server: ${error.message}`);
  } finally {
    await server.stop();
  }
}

let failed = false;
try {
  const tarballs = packAll();
  for (const template of templates) {
    const since = Date.now();
    console.log(`\n▶ template ${template}`);
    try {
      const appDir = scaffold(tarballs['create-authkit-app'], template);
      pointAtTarballs(appDir, tarballs);
      sh(`${template}: install`, [...pnpm, 'install', '--reporter=silent'], appDir);
      sh(`${template}: build`, [...pnpm, 'run', 'build'], appDir);
      sh(`${template}: its own tests`, [...pnpm, 'test'], appDir);
      await signInWithChromium(template, appDir);
      await devHonoursPorts(template, appDir);
      console.log(`✔ template ${template} (${seconds(since)})`);
    } catch (error) {
      failed = true;
      console.error(`✖ template ${template}: ${error.message}`);
    }
  }
} finally {
  if (!process.env.STARTERS_KEEP) rmSync(work, { recursive: true, force: true });
}
console.log(`\n${failed ? '✖' : '✔'} starters (${seconds(started)})`);
process.exitCode = failed ? 1 : 0;
