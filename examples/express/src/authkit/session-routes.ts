import { getConfigurationProvider, OrganizationSwitchError } from '@workos/authkit-session';
import { checkRequestOrigin } from '@workos/authkit-session/adapter';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { errorPage } from '../pages/error.js';
import { type ExpressAuthService, signedIn } from './middleware.js';
import { applyHeaderBag } from './storage.js';

/**
 * Refuses requests from other sites (403): `Origin` (or `Sec-Fetch-Site`) must be this app's,
 * checked by the core's `checkRequestOrigin` against the redirect URI's origin and the Host.
 */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction): void {
  const { redirectUri } = getConfigurationProvider().getConfig();
  const refused = checkRequestOrigin(
    { method: req.method, headers: req.headers },
    { redirectUri, allowedOrigins: [`${req.protocol}://${req.get('host')}`] },
  );
  if (!refused) {
    next();
    return;
  }
  res
    .status(403)
    .set('Cache-Control', 'no-store')
    .type('text')
    .send(`Forbidden (${refused.code}).`);
}

function switchFailed(code: string, message: string): string {
  return errorPage({ title: 'Switching organization failed', code, message });
}

/**
 * `POST /logout` and `POST /switch-organization`. Both need `authkit()` to have run first,
 * so they act on the session as it is after any refresh this request made.
 */
export function sessionRoutes(authService: ExpressAuthService): Router {
  const router = Router();
  router.use(['/logout', '/switch-organization'], sameOriginOnly);

  router.post('/logout', async (req, res) => {
    const returnTo = new URL('/', getConfigurationProvider().getConfig().redirectUri).href;
    // Finds the session id itself, so an expired token (or a WorkOS outage) still signs out.
    const { logoutUrl } = await authService.signOut({ request: req, response: res, returnTo });
    res.set('Cache-Control', 'no-store').redirect(303, logoutUrl ?? '/');
  });

  router.post(
    '/switch-organization',
    express.urlencoded({ extended: false, limit: '2kb' }),
    async (req, res) => {
      const auth = signedIn(res);
      if (!auth) return res.redirect(303, '/login?returnPathname=%2Faccount');
      const organizationId = req.body?.organizationId;
      try {
        const target = typeof organizationId === 'string' ? organizationId : '';
        const { headers } = await authService.switchOrganization(auth, target);
        applyHeaderBag(res, headers);
        res.redirect(303, '/account');
      } catch (error) {
        if (!(error instanceof OrganizationSwitchError)) throw error;
        if (error.terminal) {
          await authService.clearSession(res, { request: req });
          return res.redirect(303, '/login?returnPathname=%2Faccount');
        }
        res.status(400).type('html').send(switchFailed(error.code, error.message));
      }
    },
  );

  return router;
}
