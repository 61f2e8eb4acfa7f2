/**
 * Child process for the HTTP scenario: serves one framework's example app (with AuthKit) and a
 * twin app whose `/api/me` answers the same JSON without auth, each on its own port.
 * argv[2]: `hono` (examples/hono) or `express` (examples/express).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp as createExpressApp } from 'example-express/dist/app.js';
import { createApp as createHonoApp } from 'example-hono/dist/app.js';
import express from 'express';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';

const fixed = JSON.parse(process.env.BENCH_FIXED_AUTH ?? '{}') as Record<string, unknown>;
const framework = process.argv[2] ?? 'hono';

/** The Hono example's `/api/me` without the middleware: same framework, same csrf(), same JSON. */
function createPlainHono(): Hono {
  const app = new Hono();
  app.use(csrf());
  app.get('/api/me', (c) => c.json(fixed));
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

const ports =
  framework === 'express'
    ? {
        withAuth: await listenNode(createExpressApp()),
        plain: await listenNode(createPlainExpress()),
      }
    : {
        withAuth: await listenHono(createHonoApp().fetch),
        plain: await listenHono(createPlainHono().fetch),
      };
process.send?.({ ports });
process.on('message', (message: { cpu?: boolean }) => {
  if (message.cpu) process.send?.({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => process.exit(0));
