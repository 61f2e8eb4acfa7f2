/** A seeded user. Only `id` and `email` are required. */
export interface SeedUser {
  id: string;
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  emailVerified?: boolean;
  profilePictureUrl?: string | null;
  externalId?: string | null;
  locale?: string | null;
  metadata?: Record<string, string>;
}

/** A seeded organization with the entitlements and feature flags minted into its sessions' tokens. */
export interface SeedOrganization {
  id: string;
  name: string;
  domains?: string[];
  entitlements?: string[];
  featureFlags?: string[];
  externalId?: string | null;
  metadata?: Record<string, string>;
}

/** A role slug and the permissions it grants. */
export interface SeedRole {
  slug: string;
  name?: string;
  permissions?: string[];
}

/** A user's membership of an organization. `roles` defaults to `[role]`. */
export interface SeedMembership {
  id?: string;
  userId: string;
  organizationId: string;
  role: string;
  roles?: string[];
  status?: 'active' | 'inactive' | 'pending';
}

/** Everything the emulator knows about: the JSON format of `--seed file.json`. */
export interface Seed {
  users: SeedUser[];
  organizations?: SeedOrganization[];
  roles?: SeedRole[];
  memberships?: SeedMembership[];
}
