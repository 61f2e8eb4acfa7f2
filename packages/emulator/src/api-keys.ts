import { randomBytes } from 'node:crypto';
import { prefixedId } from './ids.js';
import type { SeedApiKey } from './seed-types.js';

/** An organization API key (times in epoch ms). */
export interface ApiKeyRecord {
  id: string;
  value: string;
  organizationId: string;
  name: string;
  permissions: string[];
  lastUsedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** Options for creating an API key at run time. */
export interface CreateApiKeyOptions {
  organizationId: string;
  name?: string;
  permissions?: string[];
  /** The secret value; default a fresh `sk_test_…`. */
  value?: string;
}

/** API keys, seeded or created, until revoked. */
export class ApiKeyStore {
  readonly keys = new Map<string, ApiKeyRecord>();

  constructor(seeded: SeedApiKey[], now: number) {
    for (const key of seeded) this.create(key, now, key.id);
  }

  /** Adds a key; its value is answered only here (and by the create endpoint), never listed. */
  create(options: CreateApiKeyOptions, now: number, id = prefixedId('api_key', now)): ApiKeyRecord {
    const value = options.value ?? `sk_test_${randomBytes(24).toString('base64url')}`;
    if ([...this.keys.values()].some((k) => k.value === value)) {
      throw new TypeError('An API key with this value already exists');
    }
    const record: ApiKeyRecord = {
      id,
      value,
      organizationId: options.organizationId,
      name: options.name ?? 'API key',
      permissions: [...(options.permissions ?? [])],
      lastUsedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.keys.set(id, record);
    return record;
  }

  /** The live key with this value (its `lastUsedAt` is updated), or undefined. */
  validate(value: string, now: number): ApiKeyRecord | undefined {
    const found = [...this.keys.values()].find((k) => k.value === value);
    if (found) found.lastUsedAt = now;
    return found;
  }

  /** Revokes (deletes) a key; false for an unknown id. */
  revoke(id: string): boolean {
    return this.keys.delete(id);
  }
}

/** The value with all but its prefix and last four characters masked, as WorkOS lists keys. */
function obfuscate(value: string): string {
  const prefix = /^[a-z]+_(?:test_|live_)?/.exec(value)?.[0] ?? '';
  return `${prefix}…${value.slice(-4)}`;
}

/** The WorkOS API key object (without its value). */
export function apiKeyJson(key: ApiKeyRecord) {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    object: 'api_key',
    id: key.id,
    owner: { type: 'organization', id: key.organizationId },
    name: key.name,
    obfuscated_value: obfuscate(key.value),
    last_used_at: iso(key.lastUsedAt),
    permissions: key.permissions,
    created_at: iso(key.createdAt),
    updated_at: iso(key.updatedAt),
  };
}
