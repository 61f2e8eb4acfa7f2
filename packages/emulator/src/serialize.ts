import type { SessionRecord } from './auth-store.js';
import type { MembershipRecord, OrganizationRecord, UserRecord } from './directory.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The WorkOS user object (snake_case). */
export function userJson(user: UserRecord) {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || null;
  return {
    object: 'user',
    id: user.id,
    email: user.email,
    email_verified: user.emailVerified,
    first_name: user.firstName,
    last_name: user.lastName,
    name,
    profile_picture_url: user.profilePictureUrl,
    last_sign_in_at: iso(user.lastSignInAt),
    locale: user.locale,
    external_id: user.externalId,
    metadata: user.metadata,
    created_at: iso(user.createdAt),
    updated_at: iso(user.updatedAt),
  };
}

/** The WorkOS session object. */
export function sessionJson(session: SessionRecord) {
  return {
    object: 'session',
    id: session.id,
    user_id: session.userId,
    organization_id: session.organizationId,
    impersonator: session.impersonator,
    ip_address: session.ipAddress,
    user_agent: session.userAgent,
    auth_method: session.authMethod,
    status: session.status,
    expires_at: iso(session.expiresAt),
    ended_at: iso(session.endedAt),
    created_at: iso(session.createdAt),
    updated_at: iso(session.updatedAt),
  };
}

/** The WorkOS organization object. */
export function organizationJson(org: OrganizationRecord) {
  return {
    object: 'organization',
    id: org.id,
    name: org.name,
    allow_profiles_outside_organization: false,
    domains: org.domains.map((domain) => ({
      object: 'organization_domain',
      id: `org_domain_${org.id.replace(/^org_/, '')}_${domain}`,
      organization_id: org.id,
      domain,
      state: 'verified',
      verification_strategy: 'manual',
    })),
    external_id: org.externalId,
    metadata: org.metadata,
    created_at: iso(org.createdAt),
    updated_at: iso(org.updatedAt),
  };
}

/** The WorkOS organization membership object. */
export function membershipJson(membership: MembershipRecord, org: OrganizationRecord | undefined) {
  return {
    object: 'organization_membership',
    id: membership.id,
    user_id: membership.userId,
    organization_id: membership.organizationId,
    organization_name: org?.name ?? null,
    status: membership.status,
    directory_managed: false,
    role: { slug: membership.role },
    roles: membership.roles.map((slug) => ({ slug })),
    custom_attributes: {},
    created_at: iso(membership.createdAt),
    updated_at: iso(membership.updatedAt),
  };
}

/** A WorkOS list envelope over items that have an `id`, honouring `limit`, `before`, `after`, `order`. */
export function listJson<T extends { id: string }>(items: T[], query: URLSearchParams) {
  const order = query.get('order') === 'asc' ? 'asc' : 'desc';
  const sorted = [...items].sort((a, b) =>
    order === 'asc' ? a.id.localeCompare(b.id) : b.id.localeCompare(a.id),
  );
  const limit = Math.min(100, Math.max(1, Number(query.get('limit')) || 10));
  const after = query.get('after');
  const before = query.get('before');
  let start = 0;
  let end = sorted.length;
  if (after) start = sorted.findIndex((item) => item.id === after) + 1;
  if (before)
    end = Math.max(
      0,
      sorted.findIndex((item) => item.id === before),
    );
  let page = sorted.slice(start, end);
  page = before ? page.slice(-limit) : page.slice(0, limit);
  const first = page[0];
  const last = page[page.length - 1];
  return {
    object: 'list',
    data: page,
    list_metadata: {
      before: first && sorted.indexOf(first) > 0 ? first.id : null,
      after: last && sorted.indexOf(last) < sorted.length - 1 ? last.id : null,
    },
  };
}
