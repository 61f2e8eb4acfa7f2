import { serve } from '@hono/node-server';
import { ConfigurationError, getConfig, type ResolvedAuthKitConfig } from '@workos/authkit-session';
import { createApp } from './app.js';

/** Starts the app on `PORT` (default 3001), after checking the `WORKOS_*` configuration. */
export function startServer(): void {
  let config: ResolvedAuthKitConfig;
  try {
    config = getConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const port = Number(process.env.PORT || 3001);
  const hostname = process.env.HOST || undefined;
  const app = createApp();
  const server = serve({ fetch: app.fetch, port, ...(hostname ? { hostname } : {}) }, (info) => {
    console.log(`example-hono listening on http://${hostname ?? 'localhost'}:${info.port}`);
    console.log(`WorkOS API: ${config.apiBaseUrl} · redirect URI: ${config.redirectUri}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

startServer();
