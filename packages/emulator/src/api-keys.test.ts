import { UnauthorizedException } from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import { defaultCredentials, defaultIds } from './seed.js';
import { sdkFor } from './test-support/sdk.js';
import { useTestEmulator } from './testing/fixture.js';

const emulator = useTestEmulator();

describe('API keys through apiKeys.createValidation', () => {
  it('validates the seeded key and answers null for an unknown one', async () => {
    const workos = sdkFor(emulator);
    const { apiKey } = await workos.apiKeys.createValidation({
      value: defaultCredentials.apiKey.value,
    });
    expect(apiKey).toMatchObject({
      object: 'api_key',
      id: defaultCredentials.apiKey.id,
      owner: { type: 'organization', id: defaultIds.acme },
      permissions: ['widgets:read'],
    });
    expect(apiKey!.obfuscatedValue).not.toContain(defaultCredentials.apiKey.value);
    expect(apiKey!.lastUsedAt).not.toBeNull();
    const unknown = await workos.apiKeys.createValidation({ value: 'sk_test_nope' });
    expect(unknown.apiKey).toBeNull();
  });

  it('needs the environment API key', async () => {
    const workos = sdkFor(emulator, { apiKey: 'sk_test_wrong' });
    await expect(
      workos.apiKeys.createValidation({ value: defaultCredentials.apiKey.value }),
    ).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('creates a key through the controls, validates it, and stops after revocation', async () => {
    const workos = sdkFor(emulator);
    const created = emulator.createApiKey({
      organizationId: defaultIds.globex,
      name: 'ci',
      permissions: ['reports:read'],
    });
    expect(created.value).toMatch(/^sk_test_/);
    const valid = await workos.apiKeys.createValidation({ value: created.value });
    expect(valid.apiKey).toMatchObject({
      id: created.id,
      name: 'ci',
      permissions: ['reports:read'],
    });
    await workos.apiKeys.deleteApiKey(created.id);
    expect((await workos.apiKeys.createValidation({ value: created.value })).apiKey).toBeNull();
    expect(emulator.revokeApiKey(created.id)).toBe(false);
  });

  it('creates and lists organization keys over the WorkOS API', async () => {
    const workos = sdkFor(emulator);
    const created = await workos.apiKeys.createOrganizationApiKey({
      organizationId: defaultIds.acme,
      name: 'deploy',
      permissions: ['widgets:write'],
    });
    expect(created.value).toMatch(/^sk_test_/);
    const list = await workos.apiKeys.listOrganizationApiKeys({
      organizationId: defaultIds.acme,
    });
    expect(list.data.map((k) => k.name).sort()).toEqual(['Acme default key', 'deploy']);
    expect(JSON.stringify(list.data)).not.toContain(created.value);
  });

  it('revokes over the control API too', async () => {
    const created = emulator.createApiKey({ organizationId: defaultIds.acme });
    const response = await fetch(`${emulator.url}/__emulator/api-keys/${created.id}`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    const { apiKey } = await sdkFor(emulator).apiKeys.createValidation({ value: created.value });
    expect(apiKey).toBeNull();
  });
});
