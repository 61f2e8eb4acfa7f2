import { getWorkOS, type SignedInAuth } from '@workos/authkit-session';
import { Router } from 'express';
import { requireUser, requireUserApi, signedIn } from '../authkit/middleware.js';
import { accountPage, type OrganizationChoice } from '../pages/account.js';
import { homePage } from '../pages/home.js';
import type { Viewer } from '../pages/layout.js';

/** The user's active organizations, or `null` if WorkOS did not answer. */
async function organizationsOf(auth: SignedInAuth): Promise<OrganizationChoice[] | null> {
  try {
    const memberships = await getWorkOS().userManagement.listOrganizationMemberships({
      userId: auth.user.id,
      statuses: ['active'],
    });
    return memberships.data.map((membership) => ({
      id: membership.organizationId,
      name: membership.organizationName || membership.organizationId,
    }));
  } catch (error) {
    console.error('Could not list organization memberships:', error);
    return null;
  }
}

/** The header's view of the signed-in user. */
function viewerOf(auth: SignedInAuth, organizations: OrganizationChoice[] | null): Viewer {
  const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');
  const current = organizations?.find((org) => org.id === auth.organizationId);
  return {
    name: name || auth.user.email,
    organizationName: current?.name ?? auth.organizationId ?? null,
    role: auth.role ?? null,
  };
}

/** The app's own pages: public home, protected account page and the `/api/me` JSON endpoint. */
export function pageRoutes(): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const auth = signedIn(res);
    const viewer = auth ? viewerOf(auth, await organizationsOf(auth)) : null;
    res.type('html').send(homePage({ email: auth?.user.email ?? null, viewer }));
  });

  router.get('/account', requireUser, async (_req, res) => {
    const auth = signedIn(res)!;
    const name = [auth.user.firstName, auth.user.lastName].filter(Boolean).join(' ');
    const organizations = await organizationsOf(auth);
    const page = accountPage({
      email: auth.user.email,
      name: name || null,
      organizationId: auth.organizationId ?? null,
      organizationName: organizations?.find((org) => org.id === auth.organizationId)?.name ?? null,
      role: auth.role ?? null,
      permissions: auth.permissions ?? [],
      otherOrganizations: organizations?.filter((org) => org.id !== auth.organizationId) ?? null,
      viewer: viewerOf(auth, organizations),
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
