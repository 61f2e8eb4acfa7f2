/**
 * Child process for the HTTP scenario: serves the Hono example app (with the AuthKit middleware)
 * and a twin app whose `/api/me` answers the same JSON without it, each on its own port.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from 'example-hono/dist/app.js';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';

const fixed = JSON.parse(process.env.BENCH_FIXED_AUTH ?? '{}') as Record<string, unknown>;

/** The example's `/api/me` route without the middleware: same framework, same csrf(), same JSON. */
function createPlainApp(): Hono {
  const app = new Hono();
  app.use(csrf());
  app.get('/api/me', (c) => c.json(fixed));
  return app;
}

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<number> {
  return new Promise((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
}

const withAuth = createApp();
const plain = createPlainApp();
const ports = {
  withAuth: await listen(withAuth.fetch),
  plain: await listen(plain.fetch),
};
process.send?.({ ports });
process.on('message', (message: { cpu?: boolean }) => {
  if (message.cpu) process.send?.({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => process.exit(0));
