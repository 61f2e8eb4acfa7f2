import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from './test-support/app.js';
import { browserFor, type Emulator, startTestEmulator } from './test-support/harness.js';

let emulator: Emulator;
const WRONG = {
  WORKOS_CLIENT_ID: 'client_from_process_env',
  WORKOS_API_PORT: '9',
  WORKOS_COOKIE_NAME: 'from-process-env',
};
beforeAll(async () => {
  emulator = await startTestEmulator();
  Object.assign(process.env, WRONG);
});
afterAll(async () => {
  for (const name of Object.keys(WRONG)) delete process.env[name];
  await emulator.stop();
});

it("the request's WORKOS_* bindings beat process.env on Node", async () => {
  const browser = browserFor(createTestApp(), emulator);
  const start = await browser.send('/login');
  const authorize = new URL(start.headers.get('location') ?? '');
  expect(authorize.origin).toBe(emulator.url);
  expect(authorize.searchParams.get('client_id')).toBe(emulator.clientId);
  expect((await browser.navigate('/login?returnPathname=/account')).status).toBe(200);
  expect(browser.jar.get('wos-session')).toBeDefined();
  expect(browser.jar.get('from-process-env')).toBeUndefined();
  expect((await browser.getJson('/api/me')).status).toBe(200);
});

it('falls back to process.env (via env(c)) when the request has no WORKOS_* bindings', async () => {
  const app = createTestApp();
  app.onError((error, c) => c.text(error.message, 500));
  const response = await app.request('http://localhost:3904/login');
  expect(response.status).toBe(500);
  const message = await response.text();
  expect(message).toContain('WORKOS_API_KEY');
  expect(message).not.toContain('WORKOS_CLIENT_ID');
});
