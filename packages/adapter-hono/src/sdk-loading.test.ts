import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from './test-support/app.js';
import { bindingsFor } from './test-support/env.js';
import { browserFor, type Emulator, startTestEmulator } from './test-support/harness.js';

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
let emulator: Emulator;
let dir: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  dir = mkdtempSync(join(tmpdir(), 'authkit-sdk-loading-'));
});
afterAll(async () => {
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('a fresh process verifies a session without loading @workos-inc/node, and loads it to sign in', async () => {
  const browser = browserFor(createTestApp(), emulator);
  expect((await browser.navigate('/login?returnPathname=/')).status).toBe(200);
  const session = browser.jar.get('wos-session');
  expect(session).toBeDefined();

  const probeFile = join(dir, 'modules.txt');
  writeFileSync(probeFile, '');
  const job = {
    bindings: bindingsFor(emulator, 'http://localhost:3903'),
    cookie: `wos-session=${session}`,
    probeFile,
  };
  const { stdout } = await run(
    process.execPath,
    ['--import', here('./test-support/module-probe.mjs'), here('./test-support/sdk-child.mjs')],
    { env: { ...process.env, SDK_CHILD_JOB: JSON.stringify(job), MODULE_PROBE_FILE: probeFile } },
  );
  const { afterVerify, afterSignIn } = JSON.parse(stdout);

  expect(afterVerify).toEqual({ status: 200, body: { email: 'alice@example.com' }, sdkModules: 0 });
  expect(afterSignIn.status).toBe(307);
  expect(new URL(afterSignIn.location).origin).toBe(emulator.url);
  expect(afterSignIn.sdkModules).toBeGreaterThan(0);
});
