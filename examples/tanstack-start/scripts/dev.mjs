#!/usr/bin/env node
// `npm run dev`: the Vite dev server on http://localhost:$PORT (3002). Without WORKOS_API_KEY it
// first starts the WorkOS emulator on 127.0.0.1:$EMULATOR_PORT (4400) and points the app at it;
// with WORKOS_* set it uses WorkOS.
import { existsSync } from 'node:fs';
import { createServer } from 'vite';

// Settings from .env (copy .env.example), unless the environment already has them.
if (existsSync('.env')) process.loadEnvFile('.env');

const env = process.env;
// Development only: never in production (it may use the emulator and a published cookie
// password). Vite's dev server listens on localhost only.
if (env.NODE_ENV === 'production') {
  console.error(
    'scripts/dev.mjs is for development: run `pnpm build && pnpm start` in production.',
  );
  process.exit(1);
}
const port = Number(env.PORT || 3002);
const emulatorPort = Number(env.EMULATOR_PORT || 4400);
let emulator;

if (!env.WORKOS_API_KEY) {
  const { startEmulator } = await import('@workos/authkit-emulator');
  try {
    emulator = await startEmulator({ port: emulatorPort });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.error(
      `Port ${emulatorPort} is taken (another example or the demo runs an emulator there). Stop it, set EMULATOR_PORT, or use it:\n` +
        '  WORKOS_API_KEY=sk_test_emulator WORKOS_CLIENT_ID=client_emulator WORKOS_API_HOSTNAME=127.0.0.1 \\\n' +
        `  WORKOS_API_PORT=${emulatorPort} WORKOS_API_HTTPS=false WORKOS_COOKIE_PASSWORD=<32+ chars> npm run dev`,
    );
    process.exit(1);
  }
  Object.assign(env, emulator.env);
  env.WORKOS_COOKIE_PASSWORD ||= 'dev-only-cookie-password-at-least-32-characters';
  console.log(
    `WorkOS emulator on ${emulator.url} (development only; sign in as alice@example.com)`,
  );
} else if (!env.WORKOS_CLIENT_ID || !env.WORKOS_COOKIE_PASSWORD) {
  console.error('WORKOS_API_KEY is set: also set WORKOS_CLIENT_ID and WORKOS_COOKIE_PASSWORD.');
  process.exit(1);
}
env.WORKOS_REDIRECT_URI ||= `http://localhost:${port}/callback`;

const server = await createServer({ server: { port, strictPort: true } });
await server.listen();
server.printUrls();

async function shutdown() {
  await server.close();
  await emulator?.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
