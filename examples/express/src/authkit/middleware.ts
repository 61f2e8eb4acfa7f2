import type { AuthResult, AuthService, SignedInAuth } from '@workos/authkit-session';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { applyHeaderBag } from './storage.js';

declare global {
  namespace Express {
    interface Locals {
      /** The visitor's auth state, set by `authkit()` on every request it runs for. */
      auth: AuthResult;
    }
  }
}

/** The auth service as the Express glue uses it. */
export type ExpressAuthService = AuthService<Request, Response>;

/**
 * Resolves the session on every request and puts the result on `res.locals.auth`. When the core
 * refreshed the tokens or has to clear an unreadable cookie, it hands back a header bag; applying
 * it is all it takes to persist the new session (and send `Cache-Control: no-store`). Responses
 * get `Vary: Cookie`, and `Cache-Control: private, no-store` when signed in.
 */
export function authkit(authService: ExpressAuthService): RequestHandler {
  return async (req, res, next) => {
    const { auth, headers } = await authService.withAuth(req);
    if (headers) applyHeaderBag(res, headers);
    // Every page depends on the cookie; a signed-in one must never be stored by any cache.
    res.vary('Cookie');
    if (auth.user) res.set('Cache-Control', 'private, no-store');
    res.locals.auth = auth;
    next();
  };
}

/** The signed-in auth for this request, or `null`; needs `authkit()` to have run. */
export function signedIn(res: Response): SignedInAuth | null {
  const auth = res.locals.auth;
  return auth?.user ? auth : null;
}

/** Guards pages: signed-out visitors are sent to sign in and brought back to this URL. */
export function requireUser(req: Request, res: Response, next: NextFunction): void {
  if (signedIn(res)) next();
  else res.redirect(`/login?${new URLSearchParams({ returnPathname: req.originalUrl })}`);
}

/** Guards JSON APIs: signed-out callers get `401 { error: 'unauthorized' }`. */
export function requireUserApi(_req: Request, res: Response, next: NextFunction): void {
  if (signedIn(res)) next();
  else res.status(401).json({ error: 'unauthorized' });
}
