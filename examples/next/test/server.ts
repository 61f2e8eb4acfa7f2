import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { environmentWithoutWorkos, startServer } from '@workos/authkit-emulator/testing';

const appDir = fileURLToPath(new URL('..', import.meta.url));

/** The example's production server (`next start`), started with `env` on `port`. */
export async function startNext(
  port: number,
  env: Record<string, string>,
): Promise<{ url: string; stop(): Promise<void> }> {
  if (!existsSync(`${appDir}.next/BUILD_ID`)) {
    throw new Error('The app is not built: run `npm run build` before `npm test`.');
  }
  const url = `http://localhost:${port}`;
  const server = await startServer({
    command: 'next',
    args: ['start'],
    cwd: appDir,
    env: {
      ...environmentWithoutWorkos(),
      ...env,
      PATH: `${appDir}node_modules/.bin${delimiter}${process.env.PATH ?? ''}`,
      PORT: String(port),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    ready: { url },
    timeoutMs: 60_000,
  });
  return { url, stop: () => server.stop() };
}
