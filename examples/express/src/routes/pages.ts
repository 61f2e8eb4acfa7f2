import { getWorkOS, type SignedInAuth } from '@workos/authkit-session';
import { Router } from 'express';
import { requireUser, requireUserApi, signedIn } from '../authkit/middleware.js';
import { accountPage, type OrganizationChoice } from '../pages/account.js';
import { homePage } from '../pages/home.js';

/** The user's active organizations other than the current one, or `null` if WorkOS did not answer. */
async function otherOrganizations(auth: SignedInAuth): Promise<OrganizationChoice[] | null> {
  try {
    const memberships = await getWorkOS().userManagement.listOrganizationMemberships({
      userId: auth.user.id,
      statuses: ['active'],
    });
    return memberships.data
      .filter((membership) => membership.organizationId !== auth.organizationId)
      .map((membership) => ({
        id: membership.organizationId,
        name: membership.organizationName || membership.organizationId,
      }));
  } catch (error) {
    console.error('Could not list organization memberships:', error);
    return null;
  }
}

/** The app's own pages: public home, protected account page and the `/api/me` JSON endpoint. */
export function pageRoutes(): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    const auth = signedIn(res);
    res.type('html').send(homePage({ email: auth?.user.email ?? null }));
  });

  router.get('/account', requireUser, async (_req, res) => {
    const auth = signedIn(res)!;
    const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');
    const page = accountPage({
      email: auth.user.email,
      name: name || null,
      organizationId: auth.organizationId ?? null,
      role: auth.role ?? null,
      permissions: auth.permissions ?? [],
      otherOrganizations: await otherOrganizations(auth),
    });
    res.set('Cache-Control', 'private, no-store').type('html').send(page);
  });

  router.get('/api/me', requireUserApi, (_req, res) => {
    const auth = signedIn(res)!;
    res.set('Cache-Control', 'private, no-store').json({
      user: { id: auth.user.id, email: auth.user.email },
      organizationId: auth.organizationId ?? null,
      role: auth.role ?? null,
      permissions: auth.permissions ?? [],
    });
  });

  return router;
}
