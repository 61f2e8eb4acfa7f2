import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { environmentWithoutWorkos, startServer } from '@workos/authkit-emulator/testing';

const appDir = fileURLToPath(new URL('..', import.meta.url));

/** The example's production server (`next start`), started with `env` on `port`. */
export async function startNext(
  port: number,
  env: Record<string, string>,
): Promise<{ url: string; stop(): Promise<void> }> {
  if (!existsSync(`${appDir}.next/BUILD_ID`)) {
    throw new Error(
      'examples/next is not built: run `pnpm build` in examples/next before `pnpm test`.',
    );
  }
  const url = `http://localhost:${port}`;
  const server = await startServer({
    command: 'pnpm',
    args: ['start'],
    cwd: appDir,
    env: {
      ...environmentWithoutWorkos(),
      ...env,
      PORT: String(port),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    ready: { url },
    timeoutMs: 60_000,
  });
  return { url, stop: () => server.stop() };
}
