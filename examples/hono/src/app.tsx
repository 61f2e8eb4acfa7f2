import {
  type AuthKitEnv,
  type AuthKitHonoOptions,
  authkit,
  authkitRoutes,
  getAuthKit,
  requireAuth,
} from '@workos/authkit-hono';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { viewerOf } from './memberships.js';
import { listOrganizations } from './organizations.js';
import { AccountPage, AuthErrorPage, HomePage, NotFoundPage } from './pages.js';
import { passwordSignInRoutes } from './password-sign-in.js';
import { stylesheet } from './stylesheet.js';

/** AuthKit options of the app: auth errors render with the app's own layout. */
const authOptions: AuthKitHonoOptions = {
  onError: (error, c, { status }) => c.html(<AuthErrorPage code={error.code} />, status as 400),
};

/** The example app: public home, protected account page and API, and the auth routes. */
export function createApp(): Hono<AuthKitEnv> {
  const app = new Hono<AuthKitEnv>();
  app.use(csrf());
  app.use(authkit(authOptions));
  app.route('/', authkitRoutes(authOptions));
  app.route('/', passwordSignInRoutes());

  app.get('/authkit.css', () => stylesheet());

  app.get('/', async (c) => {
    const auth = c.var.auth;
    if (!auth.user) return c.html(<HomePage email={undefined} />);
    const organizations = await listOrganizations(getAuthKit(c).service, auth.user.id);
    return c.html(<HomePage email={auth.user.email} viewer={viewerOf(auth, organizations)} />);
  });

  app.get('/account', requireAuth(), async (c) => {
    const auth = c.var.auth;
    const organizations = await listOrganizations(getAuthKit(c).service, auth.user.id);
    const viewer = viewerOf(auth, organizations);
    return c.html(<AccountPage auth={auth} organizations={organizations} viewer={viewer} />);
  });

  app.get('/api/me', requireAuth(), (c) => {
    const auth = c.var.auth;
    return c.json({
      user: { id: auth.user.id, email: auth.user.email },
      organizationId: auth.organizationId ?? null,
      role: auth.role ?? null,
      permissions: auth.permissions ?? [],
    });
  });

  app.get('/health', (c) => c.text('ok'));
  app.notFound((c) => c.html(<NotFoundPage email={c.var.auth?.user?.email} />, 404));
  return app;
}
