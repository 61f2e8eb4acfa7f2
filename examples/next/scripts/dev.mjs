// `pnpm dev`: against WorkOS when WORKOS_API_KEY is set, otherwise against a local emulator on :4400.
import { spawn } from 'node:child_process';

const port = Number(process.env.PORT ?? 3000);
const env = { ...process.env };
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

const next = spawn('next', ['dev', '-p', String(port)], { env, stdio: 'inherit' });
const stop = async (code) => {
  await emulator?.stop();
  process.exit(code ?? 0);
};
next.on('exit', (code) => void stop(code));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => next.kill(signal));
}
