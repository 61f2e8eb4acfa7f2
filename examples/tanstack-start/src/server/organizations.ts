import { createServerFn } from '@tanstack/react-start';
import { getAuthFromContext, getWorkOS } from '@workos/authkit-tanstack-start';
import { listMemberships, type Membership } from '../shared/memberships';

/**
 * The signed-in user's active organization memberships, from the WorkOS API. A WorkOS outage
 * yields an empty list (the pages still render, without names or the switcher), logged.
 */
export const listMyOrganizations = createServerFn({ method: 'GET' }).handler(
  async (): Promise<Membership[]> => {
    const auth = getAuthFromContext();
    if (!auth.user) return [];
    return (await listMemberships(getWorkOS(), auth.user.id)) ?? [];
  },
);
