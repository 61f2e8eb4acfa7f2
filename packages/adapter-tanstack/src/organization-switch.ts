import { redirect } from '@tanstack/react-router';
import { getRequest } from '@tanstack/react-start/server';
import type { SignedInAuth } from '@workos/authkit-session';
import { getAuthService } from './auth-service.js';
import { getRedirectUriFromContext } from './context.js';
import { applyHeaderBag } from './response-headers.js';

/**
 * Moves a signed-in session to `organizationId` and stores it (the new cookie goes out with the
 * response). When the organization demands a new sign-in (`sso_required`, `mfa_enrollment`, an
 * AuthKit redirect), redirects (303) to this app's sign-in for it, which returns to
 * `returnPathname`. A refused switch throws `OrganizationSwitchError`.
 */
export async function switchSession(
  auth: SignedInAuth,
  organizationId: string,
  returnPathname?: string,
): Promise<SignedInAuth> {
  const redirectUri = getRedirectUriFromContext();
  const result = await getAuthService().switchToOrganization(auth, organizationId, {
    request: getRequest(),
    ...(returnPathname && { returnPathname }),
    ...(redirectUri && { redirectUri }),
  });
  applyHeaderBag(result.headers);
  if (result.kind === 'sign_in_required') {
    throw redirect({ href: result.url, statusCode: 303, reloadDocument: true });
  }
  return result.auth;
}
