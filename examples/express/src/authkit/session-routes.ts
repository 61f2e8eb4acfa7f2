import { getConfigurationProvider, OrganizationSwitchError } from '@workos/authkit-session';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { errorPage } from '../pages/error.js';
import { type ExpressAuthService, signedIn } from './middleware.js';
import { applyHeaderBag } from './storage.js';

/** Refuses cross-site form posts (defence in depth on top of the SameSite session cookie). */
export function sameOriginOnly(req: Request, res: Response, next: NextFunction): void {
  const origin = req.get('origin');
  const host = req.get('host');
  if (origin === undefined || (URL.canParse(origin) && new URL(origin).host === host)) next();
  else res.status(403).type('text').send('Cross-site request refused.');
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
