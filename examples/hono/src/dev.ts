import { existsSync } from 'node:fs';
import { startEmulator } from '@workos/authkit-emulator';

// Settings from .env (copy .env.example), unless the environment already has them.
if (existsSync('.env')) process.loadEnvFile('.env');

const DEV_COOKIE_PASSWORD = 'dev-only-cookie-password-change-me-in-production';

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
