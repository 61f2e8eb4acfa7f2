import type { HonoAuthService } from '@workos/authkit-hono';
import { listMemberships, type Membership } from './memberships.js';

/**
 * The user's active organization memberships, through the WorkOS SDK. A WorkOS outage yields
 * an empty list (the page still renders), logged for the operator.
 */
export async function listOrganizations(
  service: HonoAuthService,
  userId: string,
): Promise<Membership[]> {
  return (await listMemberships(service.getWorkOS(), userId)) ?? [];
}
