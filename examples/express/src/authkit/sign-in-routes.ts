import { AuthCallbackError, AuthKitError } from '@workos/authkit-session';
import { type Request, Router } from 'express';
import { type ErrorView, errorPage } from '../pages/error.js';
import type { ExpressAuthService } from './middleware.js';

/** A query parameter as a single string; repeated or nested parameters count as absent. */
export function queryParam(req: Request, name: string): string | null {
  const value = req.query[name];
  return typeof value === 'string' ? value : null;
}

/**
 * What the error page shows: WorkOS's own error code when it refused the sign-in, and what that
 * means for the person signing in (the error's message is for developers, not shown).
 */
function viewOf(error: unknown): ErrorView {
  if (!(error instanceof AuthKitError)) {
    console.error('Sign-in callback failed:', error);
    return { code: 'callback_failed', message: 'Something went wrong while signing you in.' };
  }
  const code = error instanceof AuthCallbackError ? (error.oauthError ?? error.code) : error.code;
  return { code };
}

/**
 * `GET /login`, `GET /signup` and `GET /callback`. Each sign-in writes its own PKCE verifier
 * cookie; the callback exchanges the code, or on any error clears that cookie and shows a 400.
 */
export function signInRoutes(authService: ExpressAuthService): Router {
  const router = Router();

  router.get('/login', async (req, res) => {
    const returnPathname = queryParam(req, 'returnPathname') ?? undefined;
    const { url } = await authService.createSignIn(res, { returnPathname, request: req });
    res.set('Cache-Control', 'no-store').redirect(url);
  });

  router.get('/signup', async (req, res) => {
    const returnPathname = queryParam(req, 'returnPathname') ?? undefined;
    const { url } = await authService.createSignUp(res, { returnPathname, request: req });
    res.set('Cache-Control', 'no-store').redirect(url);
  });

  router.get('/callback', async (req, res) => {
    const state = queryParam(req, 'state');
    try {
      const result = await authService.handleCallback(req, res, {
        code: queryParam(req, 'code'),
        state,
        error: queryParam(req, 'error'),
        errorDescription: queryParam(req, 'error_description'),
      });
      res.set('Cache-Control', 'no-store').redirect(result.returnPathname);
    } catch (error) {
      await authService.clearPendingVerifier(res, { state, request: req });
      res
        .status(400)
        .set('Cache-Control', 'no-store')
        .type('html')
        .send(errorPage(viewOf(error)));
    }
  });
  return router;
}
