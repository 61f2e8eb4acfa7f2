import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolve.js';
import { completeConfig, envOf } from '../test-support/config.js';
import { createWorkOSClient } from './workos.js';
import { WorkOSRef } from './workos-ref.js';

const PASSWORD = 'Zr8vQm3kT1xW6pL9cN4bH7sJ2dF5gY0a';
const configs = {
  'api.workos.com': resolveConfig(completeConfig(PASSWORD), envOf()),
  'http on loopback with a port': resolveConfig(
    completeConfig(PASSWORD),
    envOf({ WORKOS_API_HOSTNAME: '127.0.0.1', WORKOS_API_PORT: '4100', WORKOS_API_HTTPS: 'false' }),
  ),
  'https on a custom host and port': resolveConfig(
    completeConfig(PASSWORD),
    envOf({ WORKOS_API_HOSTNAME: 'auth.example.com', WORKOS_API_PORT: '8443' }),
  ),
};

describe('WorkOSRef without the SDK builds the URLs the SDK builds', () => {
  it.each(Object.entries(configs))('%s', (_name, config) => {
    const sdk = createWorkOSClient(config).userManagement;
    const ref = new WorkOSRef(config);
    expect(ref.jwksUrl()).toBe(sdk.getJwksUrl(config.clientId));
    expect(ref.logoutUrl('session_01H')).toBe(sdk.getLogoutUrl({ sessionId: 'session_01H' }));
    const returnTo = 'https://app.example.com/signed out?next=/a&b=é#top';
    expect(ref.logoutUrl('session_01H', returnTo)).toBe(
      sdk.getLogoutUrl({ sessionId: 'session_01H', returnTo }),
    );
  });
});

describe('WorkOSRef clients', () => {
  const config = configs['http on loopback with a port'];

  it('hands out a given client as is, synchronously and loaded', async () => {
    const client = createWorkOSClient(config);
    const ref = WorkOSRef.of(config, client);
    expect(ref.now()).toBe(client);
    expect(await ref.load()).toBe(client);
    expect(WorkOSRef.of(config, ref)).toBe(ref);
  });

  it('builds one SDK client per config for load() and now()', async () => {
    const loaded = await new WorkOSRef(config).load();
    expect(loaded.baseURL).toBe('http://127.0.0.1:4100');
    expect(new WorkOSRef(config).now()).toBe(loaded);
    expect(await new WorkOSRef(configs['api.workos.com']).load()).not.toBe(loaded);
  });
});
