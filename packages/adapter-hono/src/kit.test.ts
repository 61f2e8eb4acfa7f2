import { Hono } from 'hono';
import { expect, it } from 'vitest';
import { authkitFor } from './kit.js';
import type { AuthKitHandle, AuthKitHonoOptions } from './types.js';

const BINDINGS = {
  WORKOS_CLIENT_ID: 'client_kit_test',
  WORKOS_API_KEY: 'sk_kit_test',
  WORKOS_REDIRECT_URI: 'http://localhost:3904/callback',
  WORKOS_COOKIE_PASSWORD: 'a-kit-test-cookie-password-of-32-chars',
};

function recorder(options: AuthKitHonoOptions) {
  const handles: AuthKitHandle[] = [];
  const app = new Hono();
  app.get('/', (c) => {
    handles.push(authkitFor(c, options));
    return c.text('ok');
  });
  return { app, handles };
}

it('finds the service by env object identity, else by its WORKOS_* values', async () => {
  const { app, handles } = recorder({});
  const other = { ...BINDINGS, WORKOS_COOKIE_NAME: 'other-session' };
  for (const env of [BINDINGS, BINDINGS, { ...BINDINGS }, other, { ...other }]) {
    expect((await app.request('http://localhost:3904/', undefined, env)).status).toBe(200);
  }
  const [first, again, equal, changed, changedCopy] = handles as [
    AuthKitHandle,
    AuthKitHandle,
    AuthKitHandle,
    AuthKitHandle,
    AuthKitHandle,
  ];
  expect(handles).toHaveLength(5);
  expect(again).toBe(first);
  expect(Object.isFrozen(first)).toBe(true);
  expect(equal.service).toBe(first.service);
  expect(changed.service).not.toBe(first.service);
  expect(changedCopy.service).toBe(changed.service);
  expect(first.service.getConfig().cookieName).toBe('wos-session');
  expect(changed.service.getConfig().cookieName).toBe('other-session');
});

it('keeps services apart per options object', async () => {
  const a = recorder({});
  const b = recorder({ config: { cookieName: 'b-session' } });
  await a.app.request('http://localhost:3904/', undefined, BINDINGS);
  await b.app.request('http://localhost:3904/', undefined, BINDINGS);
  expect(b.handles[0]?.service).not.toBe(a.handles[0]?.service);
  expect(b.handles[0]?.service.getConfig().cookieName).toBe('b-session');
});
