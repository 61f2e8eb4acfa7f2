import { createServerFn } from '@tanstack/react-start';
import { getAuthFromContext, getWorkOS } from '@workos/authkit-tanstack-start';

/** One organization the signed-in user belongs to. */
export interface Membership {
  organizationId: string;
  organizationName: string;
  role: string;
}

/**
 * The signed-in user's active organization memberships, from the WorkOS API. A WorkOS outage
 * yields an empty list (the pages still render, without names or the switcher), logged.
 */
export const listMyOrganizations = createServerFn({ method: 'GET' }).handler(
  async (): Promise<Membership[]> => {
    const auth = getAuthFromContext();
    if (!auth.user) return [];
    try {
      const page = await getWorkOS().userManagement.listOrganizationMemberships({
        userId: auth.user.id,
        statuses: ['active'],
      });
      return page.data.map((membership) => ({
        organizationId: membership.organizationId,
        organizationName: membership.organizationName || membership.organizationId,
        role: membership.role.slug,
      }));
    } catch (error) {
      console.error('Could not list organization memberships:', error);
      return [];
    }
  },
);
