import { serve } from '@hono/node-server';
import { getConfig } from '@workos/authkit-session';
import { createApp } from './app.js';

/** Starts the app on `PORT` (default 3001), after checking the `WORKOS_*` configuration. */
export function startServer(): void {
  const config = getConfig();
  const port = Number(process.env.PORT || 3001);
  const hostname = process.env.HOST || undefined;
  const app = createApp();
  const server = serve({ fetch: app.fetch, port, ...(hostname ? { hostname } : {}) }, (info) => {
    console.log(`example-hono listening on http://localhost:${info.port}`);
    console.log(`WorkOS API: ${config.apiBaseUrl} · redirect URI: ${config.redirectUri}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

startServer();
