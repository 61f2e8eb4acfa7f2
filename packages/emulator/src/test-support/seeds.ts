import { defaultSeed } from '../seed.js';
import type { Seed, SeedMembership, SeedOrganization, SeedUser } from '../seed-types.js';

/** An organization whose members must pass MFA. */
export const SECURE_ORG: SeedOrganization = {
  id: 'org_01SECURE',
  name: 'Secure Co',
  requireMfa: true,
};
/** An organization that signs in through the SSO connection `conn_01SSO`. */
export const SSO_ORG: SeedOrganization = {
  id: 'org_01SSO',
  name: 'SSO Co',
  ssoConnectionIds: ['conn_01SSO'],
};
/** Erin: a password user, member of {@link SECURE_ORG} in the seeds that add it. */
export const ERIN: SeedUser = { id: 'user_01ERIN', email: 'erin@example.com', password: 'erin-pw' };

/** The default seed with these users, organizations and memberships added (and other keys set). */
export function seedWith(
  extra: Partial<Seed> & {
    users?: SeedUser[];
    organizations?: SeedOrganization[];
    memberships?: SeedMembership[];
  },
): Seed {
  return {
    ...defaultSeed,
    ...extra,
    users: [...defaultSeed.users, ...(extra.users ?? [])],
    organizations: [...(defaultSeed.organizations ?? []), ...(extra.organizations ?? [])],
    memberships: [...(defaultSeed.memberships ?? []), ...(extra.memberships ?? [])],
  };
}
