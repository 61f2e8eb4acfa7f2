import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { environmentWithoutWorkos, freePort, startServer } from '@workos/authkit-emulator/testing';

const serverEntry = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** The production build (`node dist/server.js`) running in a child process. */
export interface BuiltApp {
  url: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `dist/server.js` on a free 127.0.0.1 port with the given `WORKOS_*` variables (and
 * none inherited from the caller's environment), redirect URI pointing back at itself.
 */
export async function startBuiltApp(env: Record<string, string>): Promise<BuiltApp> {
  if (!existsSync(serverEntry))
    throw new Error('dist/server.js is missing: run `pnpm build` first.');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer({
    command: process.execPath,
    args: [serverEntry],
    env: {
      ...environmentWithoutWorkos(),
      WORKOS_REDIRECT_URI: `${url}/callback`,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    ready: { output: 'listening on' },
    timeoutMs: 15_000,
  });
  return { url, output: server.output, stop: () => server.stop() };
}
