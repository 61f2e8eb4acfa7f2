import { prefixedId } from './ids.js';
import type { Seed, SeedOrganization, SeedRole } from './seed-types.js';
import { validateSeed } from './seed-validate.js';

/** A user as the emulator stores it (times in epoch ms). */
export interface UserRecord {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  emailVerified: boolean;
  profilePictureUrl: string | null;
  externalId: string | null;
  locale: string | null;
  metadata: Record<string, string>;
  /** Set for users who can use the `password` grant. */
  password: string | null;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** An organization as the emulator stores it. */
export interface OrganizationRecord extends Required<Omit<SeedOrganization, 'externalId'>> {
  externalId: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A membership as the emulator stores it. */
export interface MembershipRecord {
  id: string;
  userId: string;
  organizationId: string;
  role: string;
  roles: string[];
  status: 'active' | 'inactive' | 'pending';
  createdAt: number;
  updatedAt: number;
}

/** Fields of a user created at run time. */
export interface NewUser {
  email: string;
  firstName?: string;
  lastName?: string;
  emailVerified?: boolean;
  password?: string;
  externalId?: string;
  metadata?: Record<string, string>;
}

/** The organization-scoped claims minted into an access token. */
export interface OrganizationClaims {
  role: string;
  roles: string[];
  permissions: string[];
  entitlements: string[];
  featureFlags: string[];
}

/** Seeded users, organizations, roles and memberships. */
export class Directory {
  readonly users = new Map<string, UserRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly roles = new Map<string, SeedRole>();
  readonly memberships: MembershipRecord[] = [];

  constructor(seed: Seed, now: number) {
    const valid = validateSeed(seed);
    for (const user of valid.users) {
      this.users.set(user.id, {
        id: user.id,
        email: user.email,
        firstName: user.firstName ?? null,
        lastName: user.lastName ?? null,
        emailVerified: user.emailVerified ?? true,
        profilePictureUrl: user.profilePictureUrl ?? null,
        externalId: user.externalId ?? null,
        locale: user.locale ?? null,
        metadata: { ...user.metadata },
        password: user.password ?? null,
        lastSignInAt: null,
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const org of valid.organizations ?? []) {
      this.organizations.set(org.id, {
        id: org.id,
        name: org.name,
        domains: [...(org.domains ?? [])],
        entitlements: [...(org.entitlements ?? [])],
        featureFlags: [...(org.featureFlags ?? [])],
        externalId: org.externalId ?? null,
        metadata: { ...org.metadata },
        requireMfa: org.requireMfa ?? false,
        ssoConnectionIds: [...(org.ssoConnectionIds ?? [])],
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const role of valid.roles ?? []) this.roles.set(role.slug, role);
    for (const m of valid.memberships ?? []) {
      this.memberships.push({
        id: m.id ?? prefixedId('om', now),
        userId: m.userId,
        organizationId: m.organizationId,
        role: m.role,
        roles: m.roles ?? [m.role],
        status: m.status ?? 'active',
        createdAt: now,
        updatedAt: now,
      });
    }
  }

  /** Finds a user by id or (case-insensitive) email. */
  findUser(idOrEmail: string): UserRecord | undefined {
    const byId = this.users.get(idOrEmail);
    if (byId) return byId;
    const email = idOrEmail.toLowerCase();
    for (const user of this.users.values()) if (user.email.toLowerCase() === email) return user;
    return undefined;
  }

  /** Adds a user (sign-up, `POST /user_management/users`, Magic Auth) and returns it. */
  addUser(fields: NewUser, now: number) {
    const user: UserRecord = {
      id: prefixedId('user', now),
      email: fields.email,
      firstName: fields.firstName || null,
      lastName: fields.lastName || null,
      emailVerified: fields.emailVerified ?? true,
      profilePictureUrl: null,
      externalId: fields.externalId ?? null,
      locale: null,
      metadata: { ...fields.metadata },
      password: fields.password ?? null,
      lastSignInAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.users.set(user.id, user);
    return user;
  }

  /** Adds an active membership and returns it. */
  addMembership(userId: string, organizationId: string, role: string, now: number) {
    const membership: MembershipRecord = {
      id: prefixedId('om', now),
      userId,
      organizationId,
      role,
      roles: [role],
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    this.memberships.push(membership);
    return membership;
  }

  /** The user's active memberships, in seed order. */
  activeMemberships(userId: string): MembershipRecord[] {
    return this.memberships.filter((m) => m.userId === userId && m.status === 'active');
  }

  /** The user's active membership of an organization, if any. */
  activeMembership(userId: string, organizationId: string): MembershipRecord | undefined {
    return this.activeMemberships(userId).find((m) => m.organizationId === organizationId);
  }

  /** Role, permissions, entitlements and flags for a user in an organization, read fresh each time. */
  claimsFor(userId: string, organizationId: string): OrganizationClaims | undefined {
    const membership = this.activeMembership(userId, organizationId);
    const org = this.organizations.get(organizationId);
    if (!membership || !org) return undefined;
    const permissions = new Set<string>();
    for (const slug of membership.roles) {
      for (const permission of this.roles.get(slug)?.permissions ?? []) permissions.add(permission);
    }
    return {
      role: membership.role,
      roles: [...membership.roles],
      permissions: [...permissions],
      entitlements: [...org.entitlements],
      featureFlags: [...org.featureFlags],
    };
  }
}
