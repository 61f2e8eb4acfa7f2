import { defaultCredentials, defaultIds } from '@workos/authkit-emulator';
import { m2mToken as m2mTokenAt } from '@workos/authkit-emulator/testing';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ApiKeyEnv, getApiKey, requireApiKey } from './index.js';
import { bindingsFor } from './test-support/env.js';
import { type Emulator, startTestEmulator } from './test-support/harness.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

function createApp(): Hono<ApiKeyEnv> {
  const app = new Hono<ApiKeyEnv>();
  app.get('/api/widgets', requireApiKey(), (c) => {
    const key = getApiKey(c);
    return c.json({ kind: key.kind, organizationId: key.organizationId });
  });
  app.post('/api/widgets', requireApiKey({ permissions: ['widgets:write'] }), (c) =>
    c.json({ created: true, by: c.var.apiKey.kind }, 201),
  );
  app.get('/api/keys-only', requireApiKey({ m2m: false }), (c) => c.text('ok'));
  app.get('/api/cached', requireApiKey(), (c) =>
    c.text('public', 200, { 'Cache-Control': 'max-age=60' }),
  );
  return app;
}

const call = (app: Hono<ApiKeyEnv>, path: string, credential?: string, method = 'GET') =>
  app.request(
    path,
    { method, headers: credential ? { authorization: `Bearer ${credential}` } : {} },
    bindingsFor(emulator, 'http://localhost:3903'),
  );

const m2mToken = () => m2mTokenAt(emulator.url);

describe('requireApiKey()', () => {
  it('lets a WorkOS API key through with c.var.apiKey, private and varying on Authorization', async () => {
    const response = await call(createApp(), '/api/widgets', defaultCredentials.apiKey.value);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kind: 'api_key', organizationId: defaultIds.acme });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toContain('Authorization');
  });

  it('keeps a Cache-Control the handler chose, still varying on Authorization', async () => {
    const response = await call(createApp(), '/api/cached', defaultCredentials.apiKey.value);
    expect(response.headers.get('cache-control')).toBe('max-age=60');
    expect(response.headers.get('vary')).toContain('Authorization');
  });

  it('answers 401 with a Bearer challenge when the credential is missing or unknown', async () => {
    const app = createApp();
    const missing = await call(app, '/api/widgets');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'unauthorized' });
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const unknown = await call(app, '/api/widgets', 'sk_test_not_a_key');
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('answers 403 insufficient_scope when a required permission is missing; M2M scopes count', async () => {
    const app = createApp();
    const readOnly = await call(app, '/api/widgets', defaultCredentials.apiKey.value, 'POST');
    expect(readOnly.status).toBe(403);
    expect(await readOnly.json()).toEqual({ error: 'insufficient_scope' });
    const m2m = await call(app, '/api/widgets', await m2mToken(), 'POST');
    expect(m2m.status).toBe(201);
    expect(await m2m.json()).toEqual({ created: true, by: 'm2m_token' });
  });

  it('accepts M2M tokens unless { m2m: false }', async () => {
    const app = createApp();
    const token = await m2mToken();
    const accepted = await call(app, '/api/widgets', token);
    expect(await accepted.json()).toEqual({ kind: 'm2m_token', organizationId: defaultIds.acme });
    expect((await call(app, '/api/keys-only', token)).status).toBe(401);
    expect((await call(app, '/api/keys-only', defaultCredentials.apiKey.value)).status).toBe(200);
  });

  it('answers 503 when WorkOS cannot be reached, then works again', async () => {
    const app = createApp();
    const created = emulator.createApiKey({ organizationId: defaultIds.globex, name: 'outage' });
    emulator.injectFault({ path: '/api_keys/validations', status: 500, times: 5 });
    const down = await call(app, '/api/widgets', created.value);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ error: 'api_key_validation_failed' });
    expect(down.headers.get('retry-after')).toBe('1');
    emulator.clearFaults();
    const up = await call(app, '/api/widgets', created.value);
    expect(await up.json()).toEqual({ kind: 'api_key', organizationId: defaultIds.globex });
  });

  it('getApiKey(c) without requireApiKey() throws a usage error', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(getApiKey(c).kind));
    app.onError((error, c) => c.text((error as { code?: string }).code ?? 'none', 500));
    const response = await app.request('/');
    expect(await response.text()).toBe('middleware_not_registered');
  });
});
