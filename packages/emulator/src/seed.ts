import type { Seed } from './seed-types.js';

/** Stable ids of the default seed, handy in tests. */
export const defaultIds = {
  alice: 'user_01ALICE0000000000000000000',
  bob: 'user_01BOB000000000000000000000',
  acme: 'org_01ACME00000000000000000000',
  globex: 'org_01GLOBEX000000000000000000',
} as const;

/** Passwords, the API key and the M2M application of the default seed, for tests and demos. */
export const defaultCredentials = {
  alicePassword: 'alice-password',
  bobPassword: 'bob-password',
  /** An Acme API key (`widgets:read`), validated at `POST /api_keys/validations`. */
  apiKey: { id: 'api_key_01ACME0000000000000000000', value: 'sk_test_acme_emulator_key' },
  /** An M2M application of Acme (`widgets:read widgets:write`) for `client_credentials`. */
  m2m: { clientId: 'client_m2m_acme_emulator', clientSecret: 'm2m_secret_acme_emulator' },
} as const;

/**
 * The seed used when none is given: alice@example.com is an admin of Acme and a member of
 * Globex; bob@example.com is a member of Acme.
 */
export const defaultSeed: Seed = {
  users: [
    {
      id: defaultIds.alice,
      email: 'alice@example.com',
      firstName: 'Alice',
      lastName: 'Anderson',
      emailVerified: true,
      password: defaultCredentials.alicePassword,
    },
    {
      id: defaultIds.bob,
      email: 'bob@example.com',
      firstName: 'Bob',
      lastName: 'Brown',
      emailVerified: true,
      password: defaultCredentials.bobPassword,
    },
  ],
  organizations: [
    {
      id: defaultIds.acme,
      name: 'Acme',
      domains: ['acme.example.com'],
      entitlements: ['audit-logs', 'sso'],
      featureFlags: ['new-dashboard'],
    },
    {
      id: defaultIds.globex,
      name: 'Globex',
      domains: ['globex.example.com'],
      entitlements: ['basic-reports'],
      featureFlags: ['beta-reports'],
    },
  ],
  roles: [
    {
      slug: 'admin',
      name: 'Admin',
      permissions: ['widgets:read', 'widgets:write', 'members:manage'],
    },
    { slug: 'member', name: 'Member', permissions: ['widgets:read'] },
  ],
  memberships: [
    {
      id: 'om_01ALICEACME000000000000000',
      userId: defaultIds.alice,
      organizationId: defaultIds.acme,
      role: 'admin',
    },
    {
      id: 'om_01ALICEGLOBEX0000000000000',
      userId: defaultIds.alice,
      organizationId: defaultIds.globex,
      role: 'member',
    },
    {
      id: 'om_01BOBACME00000000000000000',
      userId: defaultIds.bob,
      organizationId: defaultIds.acme,
      role: 'member',
    },
  ],
  apiKeys: [
    {
      id: defaultCredentials.apiKey.id,
      value: defaultCredentials.apiKey.value,
      organizationId: defaultIds.acme,
      name: 'Acme default key',
      permissions: ['widgets:read'],
    },
  ],
  m2mApplications: [
    {
      clientId: defaultCredentials.m2m.clientId,
      clientSecret: defaultCredentials.m2m.clientSecret,
      name: 'Acme worker',
      organizationId: defaultIds.acme,
      scopes: ['widgets:read', 'widgets:write'],
    },
  ],
};
