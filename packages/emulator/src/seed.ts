import type { Seed } from './seed-types.js';

/** Stable ids of the default seed, handy in tests. */
export const defaultIds = {
  alice: 'user_01ALICE0000000000000000000',
  bob: 'user_01BOB000000000000000000000',
  acme: 'org_01ACME00000000000000000000',
  globex: 'org_01GLOBEX000000000000000000',
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
    },
    {
      id: defaultIds.bob,
      email: 'bob@example.com',
      firstName: 'Bob',
      lastName: 'Brown',
      emailVerified: true,
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
};
