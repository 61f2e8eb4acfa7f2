import type { SignedInAuth } from '@workos/authkit-session';
import type { OrganizationChoice } from './organizations.js';

/** Who is signed in, as the header shows it. */
export interface Viewer {
  name: string;
  organizationName: string | undefined;
  role: string | undefined;
}

/** The header's view of a signed-in user, the organization named from their memberships. */
export function viewerOf(auth: SignedInAuth, organizations: OrganizationChoice[]): Viewer {
  const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');
  const organization = organizations.find((org) => org.id === auth.organizationId);
  return {
    name: name || auth.user.email,
    organizationName: organization?.name ?? auth.organizationId,
    role: auth.role,
  };
}
