// `npm run dev`: against WorkOS when WORKOS_API_KEY is set, otherwise against a local emulator on
// 127.0.0.1:$EMULATOR_PORT (4400); the app on $PORT (3000).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

// Development only: never in production (it may use the emulator and a published cookie
// password), and reachable from this machine only (-H 127.0.0.1 below).
if (process.env.NODE_ENV === 'production') {
  console.error(
    'scripts/dev.mjs is for development: run `pnpm build && pnpm start` in production.',
  );
  process.exit(1);
}
// Settings from .env (copy .env.example), unless the environment already has them.
if (existsSync('.env')) process.loadEnvFile('.env');

const port = Number(process.env.PORT ?? 3000);
const bin = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));
const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
let emulator;

if (!env.WORKOS_API_KEY) {
  const { startEmulator } = await import('@workos/authkit-emulator');
  emulator = await startEmulator({ port: Number(env.EMULATOR_PORT ?? 4400) });
  Object.assign(env, emulator.env, {
    WORKOS_REDIRECT_URI: `http://localhost:${port}/callback`,
    WORKOS_COOKIE_PASSWORD:
      env.WORKOS_COOKIE_PASSWORD ?? 'dev-only-cookie-password-not-for-production',
  });
  console.log(`WorkOS emulator (development only) on ${emulator.url}`);
} else {
  console.log('Using WorkOS with the WORKOS_* environment variables.');
}

const next = spawn('next', ['dev', '-p', String(port), '-H', '127.0.0.1'], {
  env,
  stdio: 'inherit',
});
const stop = async (code) => {
  await emulator?.stop();
  process.exit(code ?? 0);
};
next.on('exit', (code) => void stop(code));
next.on('error', (error) => {
  console.error(`Could not start next dev: ${error.message}`);
  void stop(1);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => next.kill(signal));
}
