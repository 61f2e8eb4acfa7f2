import { startEmulator } from '@workos/authkit-emulator';
import { type AuthKitConfig, CrossOriginRequestError, configure } from '@workos/authkit-session';
import { NextRequest, NextResponse } from 'next/server';
import { afterAll, beforeAll } from 'vitest';
import { getSignInUrl, getSignOutUrl, getSignUpUrl, withAuth } from '../auth.js';
import { handleAuth } from '../callback.js';
import { type AuthkitProxyOptions, authkitProxy } from '../proxy.js';
import { switchToOrganization } from '../switch-organization.js';
import { createRouteRunner } from './next-route.js';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;
type Route = (request: Request) => Promise<Response>;

/** Points the global AuthKit configuration at an emulator, with `origin + '/callback'` as redirect URI. */
export function configureForEmulator(
  emulator: Emulator,
  origin: string,
  extra: Partial<AuthKitConfig> = {},
) {
  const env: Record<string, string> = {
    ...emulator.env,
    WORKOS_REDIRECT_URI: `${origin}/callback`,
    WORKOS_COOKIE_PASSWORD: 'a-test-cookie-password-that-is-long-enough',
  };
  configure(extra, (name) => env[name]);
}

/**
 * Starts an emulator before the tests of a file (stopped after them) and points the global AuthKit
 * configuration at it (`configureForEmulator`). Returns a handle that stands for the running
 * emulator: read its members inside tests and hooks.
 */
export function configuredEmulator(origin: string): Emulator {
  let running: Emulator | undefined;
  beforeAll(async () => {
    running = await startEmulator({ port: 0 });
    configureForEmulator(running, origin);
  });
  afterAll(() => running?.stop());
  return new Proxy({} as Emulator, {
    get(_, property) {
      if (!running) throw new Error('configuredEmulator(): read it inside tests and hooks');
      const value = Reflect.get(running, property, running);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

const html = (body: string) =>
  new Response(`<!doctype html><html><body>${body}</body></html>`, {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });

/** The docs/contracts.md §3 routes as Next route handlers built on the adapter (pages rendered as HTML). */
export const fixtureRoutes: Record<string, Route> = {
  'GET /': createRouteRunner('/', {
    get: async () => {
      const { user } = await withAuth();
      return html(
        user ? `<p data-testid="user-email">${user.email}</p>` : '<a href="/login">Sign in</a>',
      );
    },
  }),
  'GET /account': createRouteRunner('/account', {
    get: async () => {
      const auth = await withAuth({ ensureSignedIn: true });
      return html(
        `<p data-testid="user-email">${auth.user.email}</p><p data-testid="organization-id">${auth.organizationId ?? ''}</p><p data-testid="role">${auth.role ?? ''}</p><p data-testid="permissions">${(auth.permissions ?? []).join(',')}</p>`,
      );
    },
  }),
  'GET /login': createRouteRunner('/login', {
    get: async (request) => {
      const url = await getSignInUrl({
        returnPathname: request.nextUrl.searchParams.get('returnPathname') ?? '/',
      });
      return NextResponse.redirect(url, { headers: { 'Cache-Control': 'no-store' } });
    },
  }),
  'GET /signup': createRouteRunner('/signup', {
    get: async () =>
      NextResponse.redirect(await getSignUpUrl(), { headers: { 'Cache-Control': 'no-store' } }),
  }),
  'GET /callback': createRouteRunner('/callback', { get: handleAuth() }),
  'POST /logout': createRouteRunner('/logout', {
    post: refuseCrossOrigin(async (request) => {
      const url = await getSignOutUrl({ returnTo: new URL('/', request.url).toString() });
      return NextResponse.redirect(new URL(url, request.url), {
        status: 303,
        headers: { 'Cache-Control': 'no-store' },
      });
    }),
  }),
  'POST /switch-organization': createRouteRunner('/switch-organization', {
    post: refuseCrossOrigin(async (request) => {
      const organizationId = String((await request.formData()).get('organizationId') ?? '');
      await switchToOrganization(organizationId, { revalidationStrategy: 'none' });
      return NextResponse.redirect(new URL('/account', request.url), {
        status: 303,
        headers: { 'Cache-Control': 'no-store' },
      });
    }),
  }),
  'GET /api/me': createRouteRunner('/api/me', {
    get: async () => {
      const auth = await withAuth();
      if (!auth.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
      return NextResponse.json({
        user: { id: auth.user.id, email: auth.user.email },
        organizationId: auth.organizationId,
        role: auth.role,
        permissions: auth.permissions ?? [],
      });
    },
  }),
};

/** The request the route sees after the proxy: Next's `x-middleware-request-*` overrides applied. */
export function downstreamHeaders(original: Headers, proxied: Response): Headers {
  const names = proxied.headers.get('x-middleware-override-headers');
  if (names === null) return new Headers(original);
  const headers = new Headers();
  for (const name of names.split(',').filter(Boolean)) {
    const value = proxied.headers.get(`x-middleware-request-${name}`);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

/**
 * An in-process Next app: `authkitProxy()` first, then the matching route handler run through
 * Next's route module, with the proxy's request overrides and response headers applied as
 * `next start` does.
 */
export function createFixtureApp(
  proxyOptions: AuthkitProxyOptions,
  routes: Record<string, Route> = fixtureRoutes,
) {
  const proxy = authkitProxy(proxyOptions);
  return async function fetch(request: Request): Promise<Response> {
    const body =
      request.method === 'GET' || request.method === 'HEAD'
        ? undefined
        : await request.arrayBuffer();
    const proxied = await proxy(
      new NextRequest(request.url, { method: request.method, headers: request.headers }),
    );
    if (proxied.headers.get('x-middleware-next') !== '1') return proxied;

    const route = routes[`${request.method} ${new URL(request.url).pathname}`];
    if (!route) return new Response('Not found', { status: 404 });
    const headers = downstreamHeaders(request.headers, proxied);
    const response = await route(
      new Request(request.url, { method: request.method, headers, body }),
    );

    const merged = new Response(response.body, response);
    for (const [name, value] of proxied.headers) {
      if (name.startsWith('x-middleware-')) continue;
      if (name === 'set-cookie') continue;
      merged.headers.set(name, value);
    }
    for (const line of proxied.headers.getSetCookie()) merged.headers.append('set-cookie', line);
    return merged;
  };
}

/** A route handler that answers 403 when the adapter refuses a cross-site request. */
function refuseCrossOrigin(handler: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => {
    try {
      return await handler(request);
    } catch (error) {
      if (!(error instanceof CrossOriginRequestError)) throw error;
      return new NextResponse(`Forbidden (${error.code}).`, { status: 403 });
    }
  };
}
