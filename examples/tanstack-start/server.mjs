// Serves the production build (`pnpm build`): static assets from dist/client, everything else
// through TanStack Start's fetch handler. PORT and the WORKOS_* variables are read at runtime.
import { serve } from 'srvx';
import { staticMiddleware } from 'srvx/static';
import app from './dist/server/server.js';

const port = Number(process.env.PORT ?? 3002);
serve({
  port,
  hostname: process.env.HOST ?? '0.0.0.0',
  middleware: [staticMiddleware({ dir: new URL('./dist/client', import.meta.url).pathname })],
  fetch: app.fetch,
});
