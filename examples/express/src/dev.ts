import { existsSync } from 'node:fs';
import { startEmulator } from '@workos/authkit-emulator';

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
