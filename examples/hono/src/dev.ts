import { existsSync } from 'node:fs';
import { startEmulator } from '@workos/authkit-emulator';

// Settings from .env (copy .env.example), unless the environment already has them.
if (existsSync('.env')) process.loadEnvFile('.env');

const DEV_COOKIE_PASSWORD = 'dev-only-cookie-password-change-me-in-production';

// A development entry point: never in production (it may use the emulator and a published
// cookie password), and reachable from this machine only.
if (process.env.NODE_ENV === 'production') {
  console.error('src/dev.ts is for development: run `pnpm start` (dist/server.js) in production.');
  process.exit(1);
}
process.env.NODE_ENV ||= 'development';
process.env.HOST ||= '127.0.0.1';

process.env.PORT ||= '3001';
process.env.WORKOS_REDIRECT_URI ||= `http://localhost:${process.env.PORT}/callback`;

if (!process.env.WORKOS_API_KEY) {
  const emulator = await startEmulator({ port: Number(process.env.EMULATOR_PORT || 4400) });
  Object.assign(process.env, emulator.env);
  process.env.WORKOS_COOKIE_PASSWORD ||= DEV_COOKIE_PASSWORD;
  console.log(`No WORKOS_API_KEY set: using the WorkOS emulator at ${emulator.url}`);
  console.log('Sign in as alice@example.com (Acme admin, Globex member) or bob@example.com.');
  const stop = () => void emulator.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await import('./server.js');
