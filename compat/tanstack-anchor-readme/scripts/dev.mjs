#!/usr/bin/env node
// `pnpm dev`: the Vite dev server on PORT (default 3005). Set the WORKOS_* variables first (the
// Playwright dev spec points them at the emulator).
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 3005);
const server = await createServer({
  root: new URL('..', import.meta.url).pathname,
  server: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
});
await server.listen();
server.printUrls();

async function shutdown() {
  await server.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
