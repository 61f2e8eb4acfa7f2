import { getWorkOS } from '@workos/authkit-session';
import { Router } from 'express';
import { requireUser, requireUserApi, signedIn } from '../authkit/middleware.js';
import { fullName, listMemberships, viewerOf } from '../memberships.js';
import { accountPage } from '../pages/account.js';
import { homePage } from '../pages/home.js';

/** The app's own pages: public home, protected account page and the `/api/me` JSON endpoint. */
export function pageRoutes(): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const auth = signedIn(res);
    const viewer = auth ? viewerOf(auth, await listMemberships(getWorkOS(), auth.user.id)) : null;
    res.type('html').send(homePage({ email: auth?.user.email ?? null, viewer }));
  });

  router.get('/account', requireUser, async (_req, res) => {
    const auth = signedIn(res)!;
    const organizations = await listMemberships(getWorkOS(), auth.user.id);
    const page = accountPage({
      email: auth.user.email,
      name: fullName(auth.user) || null,
      organizationId: auth.organizationId ?? null,
      organizationName:
        organizations?.find((m) => m.organizationId === auth.organizationId)?.organizationName ??
        null,
      role: auth.role ?? null,
      permissions: auth.permissions ?? [],
      otherOrganizations:
        organizations?.filter((m) => m.organizationId !== auth.organizationId) ?? null,
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
