import { getWorkOS } from '@workos/authkit-next';
import { cache } from 'react';

/** An organization the user belongs to. */
export interface Membership {
  organizationId: string;
  organizationName: string;
  role: string;
}

/**
 * The user's active organization memberships (once per request, however many components ask). A
 * WorkOS outage yields `null`: the pages still render, without names or the switcher.
 */
export const membershipsOf = cache(async (userId: string): Promise<Membership[] | null> => {
  try {
    const page = await getWorkOS().userManagement.listOrganizationMemberships({
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
});
