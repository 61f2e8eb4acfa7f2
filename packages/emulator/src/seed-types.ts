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
  /** Enables the `password` grant for this user (compared as given; the emulator is not a vault). */
  password?: string;
  /**
   * A base32 TOTP secret: the user has an enrolled authenticator, so every non-SSO sign-in
   * answers `mfa_challenge` until `urn:workos:oauth:grant-type:mfa-totp` is sent with its code.
   */
  totpSecret?: string;
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
  /** Sign-ins into (or switches to) this organization need a TOTP factor: `mfa_enrollment` without one. */
  requireMfa?: boolean;
  /**
   * SSO connections enforced for this organization: password and Magic Auth sign-ins into it, and
   * switching a session to it, answer `sso_required` with these `connection_ids`.
   */
  ssoConnectionIds?: string[];
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

/** An organization API key, validated at `POST /api_keys/validations`. */
export interface SeedApiKey {
  id?: string;
  /** The secret value a client sends (e.g. `sk_live_…`). */
  value: string;
  organizationId: string;
  name?: string;
  permissions?: string[];
}

/** A pending invitation; its `token` works as `invitation_token` on authorize and the sign-in grants. */
export interface SeedInvitation {
  id?: string;
  /** Default: a fresh random token. */
  token?: string;
  email: string;
  organizationId: string;
  /** Role of the membership accepting it creates; default `member`. */
  role?: string;
}

/** A machine-to-machine application: `client_credentials` trades its id and secret for an access token. */
export interface SeedM2MApplication {
  clientId: string;
  clientSecret: string;
  name?: string;
  /** The `org_id` claim of its tokens. */
  organizationId?: string;
  /** Scopes it may request; all of them when the request names none. */
  scopes?: string[];
}

/** Everything the emulator knows about: the JSON format of `--seed file.json`. */
export interface Seed {
  users: SeedUser[];
  organizations?: SeedOrganization[];
  roles?: SeedRole[];
  memberships?: SeedMembership[];
  apiKeys?: SeedApiKey[];
  invitations?: SeedInvitation[];
  m2mApplications?: SeedM2MApplication[];
}
