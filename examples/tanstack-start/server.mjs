// Serves the production build (`pnpm build`): static assets from dist/client, everything else
// through TanStack Start's fetch handler. PORT, HOST and the WORKOS_* variables are read at runtime.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from 'srvx';
import { staticMiddleware } from 'srvx/static';

const dist = resolve(import.meta.dirname, process.env.EXAMPLE_OUT_DIR || 'dist');
if (!existsSync(resolve(dist, 'server/server.js'))) {
  console.error(`No production build in ${dist}: run \`pnpm build\` first.`);
  process.exit(1);
}
const { default: app } = await import(pathToFileURL(resolve(dist, 'server/server.js')).href);

serve({
  port: Number(process.env.PORT ?? 3002),
  hostname: process.env.HOST ?? '0.0.0.0',
  middleware: [staticMiddleware({ dir: resolve(dist, 'client') })],
  fetch: app.fetch,
});
