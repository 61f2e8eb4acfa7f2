import { configure, getConfigurationProvider } from '@workos/authkit-session';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from './test-support/app.js';
import { TEST_COOKIE_PASSWORD } from './test-support/env.js';
import { type Emulator, startTestEmulator } from './test-support/harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  getConfigurationProvider().reset();
  await emulator.stop();
});

it('uses configure() when the request carries no WORKOS_* bindings', async () => {
  expect(Object.keys(process.env).filter((k) => k.startsWith('WORKOS_'))).toEqual([]);
  configure({
    clientId: emulator.clientId,
    apiKey: emulator.apiKey,
    redirectUri: 'http://localhost:3904/callback',
    cookiePassword: TEST_COOKIE_PASSWORD,
    apiHostname: '127.0.0.1',
    apiPort: emulator.port,
    apiHttps: false,
    issuer: emulator.issuer,
  });
  const app = createTestApp();
  const response = await app.request('http://localhost:3904/login');
  expect(response.status).toBe(307);
  const location = new URL(response.headers.get('location') ?? '');
  expect(location.origin).toBe(emulator.url);
  expect(location.searchParams.get('redirect_uri')).toBe('http://localhost:3904/callback');
});

it('reports a missing configuration as a ConfigurationError naming the variables', async () => {
  getConfigurationProvider().reset();
  const app = createTestApp();
  app.onError((error, c) => c.text(`${error.name}: ${error.message}`, 500));
  const response = await app.request('http://localhost:3904/');
  expect(response.status).toBe(500);
  const text = await response.text();
  expect(text).toMatch(/^ConfigurationError/);
  expect(text).toContain('WORKOS_CLIENT_ID');
  expect(text).toContain('WORKOS_COOKIE_PASSWORD');
});
