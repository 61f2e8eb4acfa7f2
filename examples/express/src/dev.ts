import { existsSync } from 'node:fs';
import { startEmulator } from '@workos/authkit-emulator';

// A development entry point: never in production (it may use the emulator and a published
// cookie password), and reachable from this machine only.
if (process.env.NODE_ENV === 'production') {
  console.error('src/dev.ts is for development: run `pnpm start` (dist/server.js) in production.');
  process.exit(1);
}
process.env.NODE_ENV ||= 'development';
process.env.HOST ||= '127.0.0.1';
// Settings from .env (copy .env.example), unless the environment already has them.
if (existsSync('.env')) process.loadEnvFile('.env');

const port = Number(process.env.PORT ?? 3003);

// No WorkOS credentials: run against a local emulator so the app works with no account or network.
if (!process.env.WORKOS_API_KEY) {
  const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4400);
  const emulator = await startEmulator({ port: emulatorPort });
  Object.assign(process.env, emulator.env);
  process.env.WORKOS_COOKIE_PASSWORD ||= 'dev-only-cookie-password-not-a-secret-000';
  console.log(
    `WorkOS emulator on ${emulator.url} (sign in as alice@example.com or bob@example.com)`,
  );
}
process.env.WORKOS_REDIRECT_URI ||= `http://localhost:${port}/callback`;

await import('./server.js');
