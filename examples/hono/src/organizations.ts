import type { HonoAuthService } from '@workos/authkit-hono';

/** An organization the user can switch to. */
export interface OrganizationChoice {
  id: string;
  name: string;
}

/**
 * The user's active organization memberships, through the WorkOS SDK. A WorkOS outage yields
 * an empty list (the page still renders), logged for the operator.
 */
export async function listOrganizations(
  service: HonoAuthService,
  userId: string,
): Promise<OrganizationChoice[]> {
  try {
    const memberships = await service.getWorkOS().userManagement.listOrganizationMemberships({
      userId,
      statuses: ['active'],
    });
    return memberships.data.map((membership) => ({
      id: membership.organizationId,
      name: membership.organizationName || membership.organizationId,
    }));
  } catch (error) {
    console.error('Could not list organization memberships:', error);
    return [];
  }
}
