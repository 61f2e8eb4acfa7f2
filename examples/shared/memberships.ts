/** An organization the user belongs to. */
export interface Membership {
  organizationId: string;
  organizationName: string;
  role: string;
}

/** The part of the WorkOS client (`getWorkOS()`) that lists a user's memberships. */
export interface MembershipDirectory {
  userManagement: {
    listOrganizationMemberships(options: { userId: string; statuses: ['active'] }): Promise<{
      data: { organizationId: string; organizationName?: string; role: { slug: string } }[];
    }>;
  };
}

/**
 * The user's active organization memberships, from the WorkOS API. A WorkOS outage yields `null`
 * (logged): the pages still render, without names or the switcher.
 */
export async function listMemberships(
  workos: MembershipDirectory,
  userId: string,
): Promise<Membership[] | null> {
  try {
    const page = await workos.userManagement.listOrganizationMemberships({
      userId,
      statuses: ['active'],
    });
    return page.data.map((membership) => ({
      organizationId: membership.organizationId,
      organizationName: membership.organizationName || membership.organizationId,
      role: membership.role.slug,
    }));
  } catch (error) {
    console.error('Could not list organization memberships:', error);
    return null;
  }
}

/** The session fields the pages show. */
export interface SessionView {
  user: { email: string; firstName?: string | null; lastName?: string | null };
  organizationId?: string | undefined;
  role?: string | undefined;
  permissions?: string[] | undefined;
}

/** What the header shows of a signed-in user. */
export interface Viewer {
  name: string;
  organization: string;
  role: string | undefined;
}

/** The user's full name, or `''` when WorkOS has none. */
export function fullName(user: SessionView['user']): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ');
}

/** The header's view of a session: name (or email), current organization's name, role. */
export function viewerOf(auth: SessionView, memberships: Membership[] | null): Viewer {
  const current = memberships?.find((m) => m.organizationId === auth.organizationId);
  return {
    name: fullName(auth.user) || auth.user.email,
    organization: current?.organizationName ?? auth.organizationId ?? 'No organization',
    role: auth.role,
  };
}
