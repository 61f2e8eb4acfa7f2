/**
 * Child process for the HTTP scenario: serves one framework's example app (with AuthKit) and a
 * twin app whose `/api/me` answers the same JSON without auth, each on its own port.
 * argv[2]: `hono` (examples/hono) or `express` (examples/express); `hono-jwt` serves the Hono
 * pair plus a third app checking a `hono/jwt` session cookie (a reference point).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp as createExpressApp } from 'example-express/dist/app.js';
import { createApp as createHonoApp } from 'example-hono/dist/app.js';
import express from 'express';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { jwt } from 'hono/jwt';

const fixed = JSON.parse(process.env.BENCH_FIXED_AUTH ?? '{}') as Record<string, unknown>;
const framework = process.argv[2] ?? 'hono';

/** The Hono example's `/api/me` without the middleware: same framework, same csrf(), same JSON. */
function createPlainHono(): Hono {
  const app = new Hono();
  app.use(csrf());
  app.get('/api/me', (c) => c.json(fixed));
  return app;
}

/**
 * A stateless JWT session as `@hono/auth-js`-style apps keep one: `hono/jwt` verifies the HS256
 * JWT in the `bench-jwt` cookie (signature, `exp`) on every request; `/api/me` answers from its
 * claims the same JSON.
 */
function createJwtHono(secret: string): Hono {
  const app = new Hono();
  app.use(csrf());
  app.use('/api/*', jwt({ secret, cookie: 'bench-jwt', alg: 'HS256' }));
  app.get('/api/me', (c) => {
    const claims = c.get('jwtPayload') as Record<string, unknown>;
    return c.json({
      user: { id: claims.sub, email: claims.email },
      organizationId: claims.org_id ?? null,
      role: claims.role ?? null,
      permissions: claims.permissions ?? [],
    });
  });
  return app;
}

/** The Express example's `/api/me` without auth: same framework, same headers, same JSON. */
function createPlainExpress(): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/me', (_req, res) => {
    res.set('Cache-Control', 'private, no-store').json(fixed);
  });
  return app;
}

function listenHono(fetch: (request: Request) => Response | Promise<Response>): Promise<number> {
  return new Promise((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
}

function listenNode(handler: Parameters<typeof createServer>[1]): Promise<number> {
  const server: Server = createServer(handler);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

const ports: Record<string, number> =
  framework === 'express'
    ? {
        withAuth: await listenNode(createExpressApp()),
        plain: await listenNode(createPlainExpress()),
      }
    : {
        withAuth: await listenHono(createHonoApp().fetch),
        plain: await listenHono(createPlainHono().fetch),
      };
if (framework === 'hono-jwt') {
  ports.jwt = await listenHono(createJwtHono(process.env.BENCH_JWT_SECRET ?? '').fetch);
}
process.send?.({ ports });
process.on('message', (message: { cpu?: boolean }) => {
  if (message.cpu) process.send?.({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => process.exit(0));
