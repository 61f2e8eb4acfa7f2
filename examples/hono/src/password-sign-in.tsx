import { type AuthKitEnv, getAuthKit } from '@workos/authkit-hono';
import { ConfigurationError } from '@workos/authkit-session';
import {
  redirectResponse,
  sanitizeReturnPathname,
  withHeaderBag,
} from '@workos/authkit-session/adapter';
import { type Context, Hono } from 'hono';
import { Layout } from './layout.js';

/** What the form tells the user when WorkOS refuses (never WorkOS's raw answer). */
const MESSAGES: Record<string, string> = {
  invalid_credentials: 'Email or password is incorrect.',
  email_verification_required: 'Verify your email address first: use the hosted sign-in.',
  mfa_challenge: 'This account uses two-factor authentication: use the hosted sign-in.',
  organization_selection_required:
    'This account belongs to several organizations: use the hosted sign-in to pick one.',
  sso_required: 'Your organization signs in with SSO: use the hosted sign-in.',
  mfa_enrollment: 'Your organization requires two-factor authentication: use the hosted sign-in.',
};
const FALLBACK = 'Sign-in failed. Try again, or use the hosted sign-in.';

/** The WorkOS error code of an SDK exception (`code` of step-up answers, `error` of OAuth ones). */
function workosCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; error?: unknown; rawData?: { code?: unknown } } | null;
  for (const value of [e?.code, e?.error, e?.rawData?.code]) {
    if (typeof value === 'string') return value;
  }
  return undefined;
}

function PasswordSignInPage(props: { returnPathname: string; email?: string; error?: string }) {
  return (
    <Layout title="Sign in with a password">
      <div class="card">
        <h1>Sign in with a password</h1>
        {props.error ? (
          <p role="alert" data-testid="password-error">
            {props.error}
          </p>
        ) : null}
        <form method="post" action="/sign-in/password" data-testid="password-form">
          <input type="hidden" name="returnPathname" value={props.returnPathname} />
          <p>
            <label>
              Email <input type="email" name="email" value={props.email ?? ''} required />
            </label>
          </p>
          <p>
            <label>
              Password <input type="password" name="password" required />
            </label>
          </p>
          <button type="submit" class="primary" data-testid="password-submit">
            Sign in
          </button>
        </form>
        <p class="muted">
          Or{' '}
          <a href={`/login?returnPathname=${encodeURIComponent(props.returnPathname)}`}>
            use the hosted sign-in
          </a>
          .
        </p>
      </div>
    </Layout>
  );
}

function page(
  c: Context,
  props: Parameters<typeof PasswordSignInPage>[0],
  status: 200 | 400 | 401,
) {
  return c.html(<PasswordSignInPage {...props} />, status, { 'Cache-Control': 'no-store' });
}

/**
 * A custom sign-in UI: the app's own password form. The password goes to WorkOS with the SDK's
 * `authenticateWithPassword`, and `saveSession` turns WorkOS's answer into the same session
 * cookie the hosted sign-in's callback writes. (The app's `csrf()` middleware checks the POST's
 * Origin.)
 */
export function passwordSignInRoutes(): Hono<AuthKitEnv> {
  const app = new Hono<AuthKitEnv>();

  app.get('/sign-in/password', (c) =>
    page(c, { returnPathname: sanitizeReturnPathname(c.req.query('returnPathname') ?? '/') }, 200),
  );

  app.post('/sign-in/password', async (c) => {
    const form = await c.req.parseBody();
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    const email = text('email').trim();
    const returnPathname = sanitizeReturnPathname(text('returnPathname') || '/');
    if (!email || !text('password')) {
      return page(c, { returnPathname, email, error: 'Enter your email and password.' }, 400);
    }
    const { service } = getAuthKit(c);
    const userAgent = c.req.header('user-agent');
    try {
      const authentication = await service.getWorkOS().userManagement.authenticateWithPassword({
        clientId: service.getConfig().clientId,
        email,
        password: text('password'),
        ...(userAgent ? { userAgent } : {}),
      });
      const { headers } = await service.saveSession(undefined, authentication, { request: c });
      return withHeaderBag(redirectResponse(returnPathname, 303), headers);
    } catch (error) {
      if (error instanceof ConfigurationError) throw error; // a setup mistake: let it surface
      const code = workosCode(error);
      const message = (code && MESSAGES[code]) ?? FALLBACK;
      return page(
        c,
        { returnPathname, email, error: message },
        code === 'invalid_credentials' ? 401 : 400,
      );
    }
  });

  return app;
}
